package cn.gov.agency.meeting.minutes;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violations;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A meeting's minutes (R4.3, R2): the drafting page and its JSON twin while the recorder's task is
 * open, every submitted version with its reviews, and the approved output document. Every answer
 * checks {@link MinutesAccess}, which includes the confidentiality rule (R5.2).
 */
@Controller
class MinutesController {

  /** The fields MinutesForm reads from a draft. */
  private static final List<String> DRAFT_FIELDS = List.of("startedAt", "endedAt", "place", "content", "discussion",
      "resolutions", "results", "proposals", "speakers", "opinions");

  private final MinutesService service;
  private final MinutesAccess access;
  private final MinutesDocuments documents;

  MinutesController(MinutesService service, MinutesAccess access, MinutesDocuments documents) {
    this.service = service;
    this.access = access;
    this.documents = documents;
  }

  @GetMapping("/api/meetings/{id}/minutes/draft")
  @ResponseBody
  MinutesWorkspace draft(@PathVariable long id, CurrentUser user) {
    MeetingRecord meeting = readable(id, user);
    return service.workspace(id).editableBy(access.mayEdit(user, meeting));
  }

  @PutMapping("/api/meetings/{id}/minutes/draft")
  @ResponseBody
  MinutesWorkspace saveDraft(@PathVariable long id, @RequestBody Map<String, Object> body, CurrentUser user) {
    MeetingRecord meeting = editable(id, user);
    requireDraftFields(body);
    service.saveDraft(meeting.id(), body, user.userId());
    return service.workspace(id).editableBy(true);
  }

  @GetMapping("/api/meetings/{id}/minutes")
  @ResponseBody
  ApprovedMinutes approved(@PathVariable long id, CurrentUser user) {
    readable(id, user);
    return service.approved(id).orElseThrow(() -> new NoSuchRecordException("approved minutes of meeting " + id));
  }

  @GetMapping("/api/meetings/{id}/minutes/versions")
  @ResponseBody
  List<MinutesVersion> versions(@PathVariable long id, CurrentUser user) {
    readable(id, user);
    return service.versions(id);
  }

  @GetMapping("/app/meetings/{id}/minutes")
  String page(@PathVariable long id, @RequestParam(required = false) String saved, CurrentUser user, Model model) {
    model.addAttribute("saved", saved != null);
    return render(id, user, model, null);
  }

  @PostMapping(path = "/app/meetings/{id}/minutes", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  String saveFromPage(@PathVariable long id, @RequestParam Map<String, String> fields, CurrentUser user,
      Model model) {
    editable(id, user);
    try {
      service.saveDraft(id, PageFields.toDraft(fields), user.userId());
    } catch (InvalidInputException e) {
      model.addAttribute("saved", false);
      return render(id, user, model, e);
    }
    return "redirect:" + MinutesService.pagePath(id) + "?saved";
  }

  @GetMapping("/app/meetings/{id}/minutes/document")
  String document(@PathVariable long id, CurrentUser user, Model model) {
    MeetingRecord meeting = readable(id, user);
    ApprovedMinutes approved = service.approved(id)
        .orElseThrow(() -> new NoSuchRecordException("approved minutes of meeting " + id));
    model.addAttribute("meeting", meeting);
    model.addAttribute("outputDocument", approved.outputDocument());
    model.addAttribute("document", documents.render(meeting, approved.outputDocument(), approved.version()));
    return "minutes/page/document";
  }

  private String render(long id, CurrentUser user, Model model, InvalidInputException error) {
    MeetingRecord meeting = readable(id, user);
    MinutesWorkspace workspace = service.workspace(id).editableBy(access.mayEdit(user, meeting));
    model.addAttribute("meeting", meeting);
    model.addAttribute("workspace", workspace);
    model.addAttribute("versions", service.versions(id));
    model.addAttribute("approved", service.approved(id).isPresent());
    model.addAttribute("violations", error == null ? List.of() : error.violations());
    return "minutes/page/minutes";
  }

  private MeetingRecord readable(long id, CurrentUser user) {
    MeetingRecord meeting = service.meeting(id);
    if (!access.mayRead(user, meeting)) {
      throw new AuthorizationException("the minutes of meeting " + id + " are not for " + user.userId());
    }
    return meeting;
  }

  private MeetingRecord editable(long id, CurrentUser user) {
    MeetingRecord meeting = readable(id, user);
    if (!access.mayEdit(user, meeting)) {
      throw new AuthorizationException("only the recorder edits the minutes of meeting " + id + " while drafting");
    }
    return meeting;
  }

  /**
   * The JSON draft replaces the saved one: {@code {}} or a body whose field names are misspelt would
   * silently wipe the recorder's work, so both are refused with the fields the draft knows.
   */
  private static void requireDraftFields(Map<String, Object> body) {
    Violations violations = new Violations(MinutesForm.SUBJECT);
    if (body.isEmpty()) {
      violations.add("body", "纪要草稿", "not-empty", "不能为空对象：草稿整份替换已保存的内容，字段为 "
          + String.join("、", DRAFT_FIELDS));
    }
    body.keySet().stream().filter(field -> !DRAFT_FIELDS.contains(field)).forEach(field ->
        violations.add(field, field, "unknown-field", "不是纪要草稿的字段（可用字段：" + String.join("、", DRAFT_FIELDS) + "）"));
    violations.throwIfAny();
  }
}
