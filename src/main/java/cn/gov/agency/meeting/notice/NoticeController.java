package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.notice.NoticeSender.NoticeNotSentException;
import cn.gov.agency.meeting.notice.NoticeService.NotTheRecipientException;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.validation.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The notice (R3.3) for people: the printable notice, the office's 通知到位情况 with resend and
 * confirmation on someone's behalf, the participant's confirm link and 我的会议通知.
 * Who may see a meeting's notice: the office, the host department, its participants, auditors.
 */
@Controller
class NoticeController {

  private static final String OFFICE = "office";

  private final NoticeService service;
  private final NoticeSender sender;
  private final MeetingAccess access;
  private final NoticeChannelStates channelStates;

  NoticeController(NoticeService service, NoticeSender sender, MeetingAccess access,
      NoticeChannelStates channelStates) {
    this.service = service;
    this.sender = sender;
    this.access = access;
    this.channelStates = channelStates;
  }

  /** The notice and where it stands. */
  record NoticeView(Notice notice, String statusLabel, String document) {}

  @GetMapping("/api/meetings/{meetingId}/notice")
  @ResponseBody
  NoticeView notice(@PathVariable long meetingId, CurrentUser user) {
    Notice notice = readableNotice(meetingId, user);
    return new NoticeView(notice, notice.statusLabel(), service.document(notice.id()));
  }

  @GetMapping("/api/meetings/{meetingId}/notice/receipts")
  @ResponseBody
  List<Receipt> receipts(@PathVariable long meetingId, CurrentUser user) {
    requireOverseer(meetingId, user);
    return receiptsOf(service.current(meetingId));
  }

  @PostMapping("/api/notice-receipts/{token}")
  @ResponseBody
  NoticeRecipient confirmByToken(@PathVariable String token, CurrentUser user) {
    return service.confirmOwn(service.recipientByToken(token), user.userId(), ConfirmationMethod.LINK);
  }

  /** Body {"method": "PHONE", "note": "…"}; {@code who} is the user id, or guest-&lt;id&gt; for a guest. */
  @PostMapping("/api/meetings/{meetingId}/notice/receipts/{who}/confirm")
  @ResponseBody
  NoticeRecipient confirmOnBehalf(@PathVariable long meetingId, @PathVariable String who,
      @RequestBody Map<String, Object> body, CurrentUser user) {
    requireOffice(user);
    return service.confirmOnBehalf(meetingId, who, body.get("method"), body.get("note"), user.userId());
  }

  @PostMapping("/api/meetings/{meetingId}/notice/receipts/{who}/resend")
  @ResponseBody
  Map<String, Integer> resend(@PathVariable long meetingId, @PathVariable String who, CurrentUser user) {
    requireOffice(user);
    return Map.of("round", sender.resend(meetingId, who, user.userId()));
  }

  @GetMapping("/app/meetings/{meetingId}/notice")
  String printable(@PathVariable long meetingId, CurrentUser user, Model model) {
    model.addAttribute("meeting", service.meeting(meetingId));
    if (service.drafted(meetingId).isEmpty() && oversees(meetingId, user)) {
      // linked from the meeting's page from the start: before the office drafts it, say so
      return "notice/page/not-drafted";
    }
    Notice notice = readableNotice(meetingId, user);
    model.addAttribute("document", service.document(notice.id()));
    return "notice/page/print";
  }

  @GetMapping("/app/meetings/{meetingId}/notice/receipts")
  String receiptsPage(@PathVariable long meetingId, CurrentUser user, Model model) {
    requireOverseer(meetingId, user);
    return receiptsPage(meetingId, user, model, null, null);
  }

  @PostMapping("/app/meetings/{meetingId}/notice/receipts/{who}/resend")
  String resendFromPage(@PathVariable long meetingId, @PathVariable String who, CurrentUser user, Model model) {
    requireOffice(user);
    try {
      int round = sender.resend(meetingId, who, user.userId());
      return receiptsPage(meetingId, user, model, "已重新发送（第 " + round + " 轮）", null);
    } catch (InvalidInputException | NoticeNotSentException e) {
      return receiptsPage(meetingId, user, model, null, e.getMessage());
    }
  }

  @PostMapping("/app/meetings/{meetingId}/notice/receipts/{who}/confirm")
  String confirmFromPage(@PathVariable long meetingId, @PathVariable String who,
      @RequestParam(required = false) String method, @RequestParam(required = false) String note,
      CurrentUser user, Model model) {
    requireOffice(user);
    try {
      NoticeRecipient recipient = service.confirmOnBehalf(meetingId, who, method, note, user.userId());
      return receiptsPage(meetingId, user, model, "已代为确认：" + service.displayName(recipient), null);
    } catch (InvalidInputException e) {
      return receiptsPage(meetingId, user, model, null, e.getMessage());
    }
  }

  /** The link in the e-mail and SMS: opening it while logged in as the recipient confirms receipt. */
  @GetMapping("/app/notice-receipts/{token}")
  String confirmByLink(@PathVariable String token, CurrentUser user, Model model) {
    NoticeRecipient recipient = service.confirmOwn(service.recipientByToken(token), user.userId(),
        ConfirmationMethod.LINK);
    model.addAttribute("meeting", service.meeting(service.notice(recipient.noticeId()).meetingId()));
    model.addAttribute("recipient", recipient);
    return "notice/page/receipt-confirmed";
  }

  @GetMapping("/api/my/notices")
  @ResponseBody
  List<MyNotice> myNoticesJson(CurrentUser user) {
    return service.inAppNoticesOf(user.userId());
  }

  @PostMapping("/api/my/notices/{recipientId}/confirm")
  @ResponseBody
  NoticeRecipient confirmInAppJson(@PathVariable long recipientId, CurrentUser user) {
    return service.confirmOwn(service.recipient(recipientId), user.userId(), ConfirmationMethod.IN_APP);
  }

  @GetMapping("/app/my/notices")
  String myNotices(CurrentUser user, Model model) {
    model.addAttribute("notices", service.inAppNoticesOf(user.userId()));
    return "notice/page/my-notices";
  }

  @PostMapping("/app/my/notices/{recipientId}/confirm")
  String confirmInApp(@PathVariable long recipientId, CurrentUser user) {
    service.confirmOwn(service.recipient(recipientId), user.userId(), ConfirmationMethod.IN_APP);
    return "redirect:/app/my/notices";
  }

  @ExceptionHandler(NotTheRecipientException.class)
  @ResponseBody
  ProblemDetail notTheRecipient(NotTheRecipientException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
        "该通知确认链接属于其他参会人员，请使用本人账号登录后再打开");
    problem.setTitle("无权限");
    return problem;
  }

  @ExceptionHandler(NoticeNotSentException.class)
  @ResponseBody
  ProblemDetail notSent(NoticeNotSentException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, e.getMessage());
    problem.setTitle("发送失败");
    return problem;
  }

  private String receiptsPage(long meetingId, CurrentUser user, Model model, String message, String error) {
    Notice notice = service.current(meetingId);
    MeetingRecord meeting = service.meeting(meetingId);
    model.addAttribute("meeting", meeting);
    model.addAttribute("notice", notice);
    model.addAttribute("receipts", receiptsOf(notice));
    model.addAttribute("channels", channelStates.of(notice, service.deliveries(notice.id())));
    model.addAttribute("mayAct", user.isIn(OFFICE));
    model.addAttribute("methods", List.of(ConfirmationMethod.values()).stream().filter(ConfirmationMethod::onBehalf)
        .toList());
    model.addAttribute("message", message);
    model.addAttribute("error", error);
    return "notice/page/receipts";
  }

  private List<Receipt> receiptsOf(Notice notice) {
    List<Delivery> deliveries = service.deliveries(notice.id());
    return service.recipients(notice.id()).stream().map(r -> new Receipt(r.key(), service.displayName(r),
        r.isGuest(), r.confirmed(), r.confirmedAt(), r.confirmedBy(),
        r.confirmationMethod() == null ? null : r.confirmationMethod().label(), r.confirmationNote(),
        deliveries.stream().filter(d -> d.recipientId() == r.id()).toList())).toList();
  }

  /** The notice of a meeting for whoever oversees it or was notified by it. */
  private Notice readableNotice(long meetingId, CurrentUser user) {
    if (!oversees(meetingId, user) && !service.isRecipient(meetingId, user.userId())) {
      throw new AuthorizationException("无权查看该会议的通知");
    }
    return service.current(meetingId);
  }

  private void requireOverseer(long meetingId, CurrentUser user) {
    if (!oversees(meetingId, user)) {
      throw new AuthorizationException("无权查看该会议的通知到位情况");
    }
  }

  private static void requireOffice(CurrentUser user) {
    if (!user.isIn(OFFICE)) {
      throw new AuthorizationException("只有办公室可以重新发送通知或代为确认");
    }
  }

  /**
   * The office, the host department's staff, head and leader in charge, auditors and administrators —
   * for a confidential meeting only those MeetingAccess entitles (R5.2): the notice states its content
   * and the receipts its participants.
   */
  private boolean oversees(long meetingId, CurrentUser user) {
    MeetingRecord meeting = service.meeting(meetingId);
    if (!access.mayReadContent(user, meeting)) {
      return false;
    }
    if (user.isIn(OFFICE) || user.isIn("auditor") || user.isIn("camunda-admin")) {
      return true;
    }
    String host = meeting.hostDepartmentCode();
    return List.of("staff", "head", "leader").stream()
        .anyMatch(role -> user.isIn(RoleCatalogue.departmentGroupId(role, host)));
  }
}
