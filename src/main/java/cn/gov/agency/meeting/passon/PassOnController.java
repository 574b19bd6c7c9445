package cn.gov.agency.meeting.passon;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.web.YearParameter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * 会议精神传达 (R7.2) for people: a meeting's page where each department concerned records its own
 * passing-on (seen also by the host department, the office and auditors) and the office sees who has
 * not acknowledged it; 会议精神确认 where each member acknowledges; the office's overview.
 */
@Controller
class PassOnController {

  private final PassOnService service;
  private final MeetingAccess access;
  private final Clock clock;

  PassOnController(PassOnService service, MeetingAccess access, Clock clock) {
    this.service = service;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping("/api/meetings/{meetingId}/passing-on")
  @ResponseBody
  PassOnStatus statusJson(@PathVariable long meetingId, CurrentUser user) {
    requireReader(meetingId, user);
    return service.status(meetingId);
  }

  /** Body {"department": "policy", "method": "GROUP_STUDY", "heldOn": "2037-03-10", "participants": "…", "participantCount": 12}. */
  @PostMapping("/api/meetings/{meetingId}/passing-on")
  @ResponseBody
  @ResponseStatus(HttpStatus.CREATED)
  PassOnEntry recordJson(@PathVariable long meetingId, @RequestBody Map<String, Object> body, CurrentUser user) {
    requireRecorder(meetingId, user, body.get("department"));
    return service.record(meetingId, body, user.userId());
  }

  @GetMapping("/app/meetings/{meetingId}/passing-on")
  String page(@PathVariable long meetingId, CurrentUser user, Model model) {
    requireReader(meetingId, user);
    return page(meetingId, user, model, null, null, Map.of());
  }

  @PostMapping(path = "/app/meetings/{meetingId}/passing-on", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  String recordFromPage(@PathVariable long meetingId, @RequestParam Map<String, String> form, CurrentUser user,
      Model model) {
    requireRecorder(meetingId, user, form.get("department"));
    try {
      PassOnEntry entry = service.record(meetingId, form, user.userId());
      return page(meetingId, user, model, "已登记：" + entry.departmentName() + " " + entry.methodLabel(), null,
          Map.of());
    } catch (InvalidInputException e) {
      return page(meetingId, user, model, null, e.getMessage(), form);
    }
  }

  /** 本人确认已知悉: the member of a department concerned acknowledges that the meeting was passed on to them. */
  @PostMapping("/api/meetings/{meetingId}/passing-on/acknowledgement")
  @ResponseBody
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void acknowledgeJson(@PathVariable long meetingId, CurrentUser user) {
    service.acknowledge(meetingId, user.userId());
  }

  @GetMapping("/api/my/passing-on")
  @ResponseBody
  List<MyAcknowledgement> mineJson(CurrentUser user) {
    return mine(user);
  }

  @GetMapping("/app/my/passing-on")
  String minePage(CurrentUser user, Model model) {
    model.addAttribute("items", mine(user));
    return "passon/my";
  }

  @PostMapping("/app/my/passing-on/{meetingId}/acknowledge")
  String acknowledgeFromPage(@PathVariable long meetingId, CurrentUser user, Model model) {
    try {
      service.acknowledge(meetingId, user.userId());
      model.addAttribute("message", "已确认知悉");
    } catch (InvalidInputException e) {
      model.addAttribute("error", e.getMessage());
    }
    return minePage(user, model);
  }

  @GetMapping("/api/passing-on")
  @ResponseBody
  List<MeetingPassOn> overviewJson(@RequestParam(required = false) Integer year, CurrentUser user) {
    requireOverviewer(user);
    return overview(YearParameter.resolve(year, clock, "会议精神传达情况"), user);
  }

  @GetMapping("/app/passing-on")
  String overview(@RequestParam(required = false) Integer year, CurrentUser user, Model model) {
    requireOverviewer(user);
    int resolved = YearParameter.resolve(year, clock, "会议精神传达情况");
    model.addAttribute("year", resolved);
    model.addAttribute("meetings", overview(resolved, user));
    return "passon/overview";
  }

  /** A member of a confidential meeting's department who is not otherwise entitled sees no title (R5.2). */
  private List<MyAcknowledgement> mine(CurrentUser user) {
    return service.acknowledgementsOf(user.userId()).stream().map(a -> {
      MeetingRecord meeting = service.meeting(a.meetingId());
      return new MyAcknowledgement(a.meetingId(), access.mayReadContent(user, meeting) ? meeting.title() : "一项涉密会议",
          meeting.plannedStart(), a.departmentName(), a.askedAt(), a.acknowledgedAt());
    }).toList();
  }

  private String page(long meetingId, CurrentUser user, Model model, String message, String error,
      Map<String, String> form) {
    PassOnStatus status = service.status(meetingId);
    model.addAttribute("status", status);
    model.addAttribute("ownDepartments", status.departments().stream()
        .filter(d -> mayRecord(service.meeting(meetingId), user, d.departmentCode())).toList());
    model.addAttribute("mayRecord", status.departments().stream()
        .anyMatch(d -> mayRecord(service.meeting(meetingId), user, d.departmentCode())));
    model.addAttribute("methods", PassOnMethod.values());
    model.addAttribute("message", message);
    model.addAttribute("error", error);
    model.addAttribute("form", form);
    return "passon/page";
  }

  /**
   * The year's meetings being passed on, chosen by what they decided: an outsider of a confidential
   * one (an administrator) gets no row for it, not even 占用 (MeetingAccess).
   */
  private List<MeetingPassOn> overview(int year, CurrentUser user) {
    return service.overview(year).stream()
        .filter(p -> access.listedOtherwise(user, service.meeting(p.meetingId()))).toList();
  }

  /** The office, auditors, the host department and the staff and heads of the departments concerned. */
  private void requireReader(long meetingId, CurrentUser user) {
    MeetingRecord meeting = service.meeting(meetingId);
    boolean reads = user.isIn("office") || user.isIn("auditor") || user.isIn("camunda-admin")
        || List.of("staff", "head", "leader").stream()
            .anyMatch(role -> user.isIn(RoleCatalogue.departmentGroupId(role, meeting.hostDepartmentCode())))
        || service.departmentsOf(meetingId).stream().anyMatch(code -> List.of("staff", "head").stream()
            .anyMatch(role -> user.isIn(RoleCatalogue.departmentGroupId(role, code))));
    if (!reads || !access.mayReadContent(user, meeting)) {
      throw new AuthorizationException("无权查看该会议的精神传达情况");
    }
  }

  /**
   * R7.2: a department records its own passing-on, not the host department on its behalf. A
   * department that is not one concerned is left to the service, which names the right ones.
   */
  private void requireRecorder(long meetingId, CurrentUser user, Object department) {
    MeetingRecord meeting = service.meeting(meetingId);
    boolean concerned = department instanceof String code && service.concerns(meetingId, code);
    boolean ownStaff = concerned ? mayRecord(meeting, user, (String) department)
        : service.departmentsOf(meetingId).stream().anyMatch(code -> mayRecord(meeting, user, code));
    if (!ownStaff) {
      throw new AuthorizationException("会议精神传达由各部门经办人登记本部门的传达情况，不能代其他部门登记");
    }
  }

  private boolean mayRecord(MeetingRecord meeting, CurrentUser user, String departmentCode) {
    return user.isIn(RoleCatalogue.departmentGroupId("staff", departmentCode)) && access.mayReadContent(user, meeting);
  }

  private static void requireOverviewer(CurrentUser user) {
    if (!user.isIn("office") && !user.isIn("auditor") && !user.isIn("camunda-admin")) {
      throw new AuthorizationException("只有办公室和审计人员可以查看会议精神传达情况汇总");
    }
  }
}
