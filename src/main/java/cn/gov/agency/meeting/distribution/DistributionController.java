package cn.gov.agency.meeting.distribution;

import cn.gov.agency.meeting.distribution.DistributionService.Reading;
import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 纪要印发 for people: 我收到的会议纪要 (each recipient's own, with 已阅 confirmation) and the delivery
 * list of a meeting for the office, the host department and auditors.
 */
@Controller
class DistributionController {

  private final DistributionService service;
  private final MeetingAccess access;

  DistributionController(DistributionService service, MeetingAccess access) {
    this.service = service;
    this.access = access;
  }

  /** The delivery list of a meeting's minutes. */
  record DistributionView(Distribution distribution, List<DeliveryLine> recipients) {}

  @GetMapping("/api/my/minutes")
  @ResponseBody
  List<MyMinutes> myMinutesJson(CurrentUser user) {
    return service.inAppMinutesOf(user);
  }

  @GetMapping("/api/my/minutes/{recipientId}")
  @ResponseBody
  Reading readJson(@PathVariable long recipientId, CurrentUser user) {
    return service.reading(ownRecipient(recipientId, user), user);
  }

  @PostMapping("/api/my/minutes/{recipientId}/read")
  @ResponseBody
  MinutesRecipient markReadJson(@PathVariable long recipientId, CurrentUser user) {
    return service.markRead(ownRecipient(recipientId, user), user.userId());
  }

  @GetMapping("/app/my/minutes")
  String myMinutes(CurrentUser user, Model model) {
    model.addAttribute("minutes", service.inAppMinutesOf(user));
    return "distribution/my-minutes";
  }

  @GetMapping("/app/my/minutes/{recipientId}")
  String read(@PathVariable long recipientId, CurrentUser user, Model model) {
    model.addAttribute("reading", service.reading(ownRecipient(recipientId, user), user));
    return "distribution/minutes";
  }

  @PostMapping("/app/my/minutes/{recipientId}/read")
  String markRead(@PathVariable long recipientId, CurrentUser user) {
    service.markRead(ownRecipient(recipientId, user), user.userId());
    return "redirect:/app/my/minutes/" + recipientId;
  }

  @GetMapping("/api/meetings/{meetingId}/distribution")
  @ResponseBody
  DistributionView distributionJson(@PathVariable long meetingId, CurrentUser user) {
    requireOverseer(meetingId, user);
    return new DistributionView(service.latestOf(meetingId).orElse(null), deliveryList(meetingId));
  }

  @GetMapping("/app/meetings/{meetingId}/distribution")
  String distributionPage(@PathVariable long meetingId, CurrentUser user, Model model) {
    MeetingRecord meeting = requireOverseer(meetingId, user);
    model.addAttribute("meeting", meeting);
    model.addAttribute("distribution", service.latestOf(meetingId).orElse(null));
    model.addAttribute("recipients", deliveryList(meetingId));
    return "distribution/deliveries";
  }

  /** Checked before the service (which refuses too) so the answer is the project's 403 on pages and APIs. */
  private long ownRecipient(long recipientId, CurrentUser user) {
    if (!service.recipient(recipientId).userId().equals(user.userId())) {
      throw new AuthorizationException("该会议纪要分发给其他人员，请使用本人账号查看");
    }
    return recipientId;
  }

  private List<DeliveryLine> deliveryList(long meetingId) {
    return service.latestOf(meetingId).isPresent() ? service.deliveryList(meetingId) : List.of();
  }

  /** The office, the host department's staff, head and leader in charge, auditors and administrators. */
  private MeetingRecord requireOverseer(long meetingId, CurrentUser user) {
    MeetingRecord meeting = service.meeting(meetingId);
    String host = meeting.hostDepartmentCode();
    boolean oversees = user.isIn("office") || user.isIn("auditor") || user.isIn("camunda-admin")
        || List.of("staff", "head", "leader").stream()
            .anyMatch(role -> user.isIn(RoleCatalogue.departmentGroupId(role, host)));
    if (!oversees || !access.mayReadContent(user, meeting)) {
      throw new AuthorizationException("无权查看该会议纪要的分发情况");
    }
    return meeting;
  }
}
