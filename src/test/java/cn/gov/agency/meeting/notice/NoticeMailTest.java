package cn.gov.agency.meeting.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleMeetings;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The notice e-mail as a participant's mail program receives it from a real SMTP server, a
 * failing channel, the confirm link and the office's resend, over HTTP as the demo users.
 */
@Import(NoticeTestSupport.Doubles.class)
class NoticeMailTest extends NoticeTestSupport {

  private static final String SUBJECT = "【会议通知】政策解读部署会";

  @Autowired NoticeDocuments documents;

  @Test
  void theMailCarriesTheNoticeTheConfirmLinkAndACalendarInvitation() throws Exception {
    MeetingRecord meeting = meeting();
    ProcessInstance pi = start(meeting, Map.of());
    long noticeId = draftedAndSent(pi);

    MimeMessage mail = Arrays.stream(SMTP.getReceivedMessagesForDomain("wangli@agency.example"))
        .filter(m -> subject(m).equals(SUBJECT)).findFirst().orElseThrow();
    Multipart parts = (Multipart) mail.getContent();
    String html = null;
    String calendar = null;
    String calendarType = null;
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if ("invite.ics".equals(part.getFileName())) {
        calendar = text(part);
        calendarType = part.getContentType();
      } else {
        html = htmlOf(part);
      }
    }
    String token = notices.recipientOf(meeting.id(), "wangli").token();
    assertThat(html).contains("王丽，您好", "关于召开政策解读部署会的通知", BASE_URL + "/app/notice-receipts/" + token);
    assertThat(calendarType).startsWith("text/calendar").contains("method=REQUEST");

    assertThat(calendar).contains("\r\n");
    for (String physical : calendar.split("\r\n")) {
      assertThat(physical.getBytes(StandardCharsets.UTF_8).length).as(physical).isLessThanOrEqualTo(75);
    }
    List<String> lines = unfold(calendar);
    assertThat(lines).contains("METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:Asia/Shanghai",
        "DTSTART;TZID=Asia/Shanghai:20300304T090000", "DTEND;TZID=Asia/Shanghai:20300304T113000",
        "SUMMARY:政策解读部署会", "LOCATION:待定", "UID:meeting-" + meeting.id() + "@meeting.agency.example");
    assertThat(lines).anyMatch(l -> l.startsWith("ORGANIZER;CN=\"政策法规处\":mailto:"));
    assertThat(lines).anyMatch(l -> l.startsWith("ATTENDEE;CN=\"王丽\"") && l.endsWith(":mailto:wangli@agency.example"));
    assertThat(lines).anyMatch(l -> l.startsWith("DESCRIPTION:解读新政策，分解任务\\n确认收到：" + BASE_URL));
    assertThat(noticeId).isPositive();
  }

  @Test
  void aFailingMailServerIsRetriedThenAnIncidentAndNobodyGetsTheMailTwice() throws Exception {
    MeetingRecord meeting = meeting();
    ProcessInstance pi = start(meeting, Map.of());
    complete(pi, "zhouping", draftForm());
    managementService.executeJob(job(pi, "postNoticeInApp").getId());

    mailSender.allowance.set(2);
    Job email = job(pi, "sendNoticeByEmail");
    executeFailing(email);
    assertThat(job(pi, "sendNoticeByEmail").getRetries()).isEqualTo(1);
    assertThat(mailRecipients(SUBJECT)).hasSize(2);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();

    executeFailing(email);
    assertThat(job(pi, "sendNoticeByEmail").getRetries()).isZero();
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo("sendNoticeByEmail");
    assertThat(incident.getIncidentMessage()).contains("电子邮件发送失败", "2 人未送达");
    assertThat(pi).isWaitingAt("sendNoticeByEmail");

    mailSender.allowance.set(Integer.MAX_VALUE);
    managementService.setJobRetries(email.getId(), 1);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    managementService.executeJob(email.getId());

    assertThat(pi).isWaitingAt("trackReceipts");
    assertThat(mailRecipients(SUBJECT)).containsExactlyInAnyOrderElementsOf(emails(PERSONS));
    assertThat(deliveries(noticeId(pi))).filteredOn(d -> d.contains(" EMAIL ")).hasSize(4)
        .allMatch(d -> d.endsWith(" 1 SENT"));
  }

  @Test
  void aParticipantConfirmsWithTheirOwnLinkOnlyAndTwiceChangesNothing() {
    MeetingRecord meeting = meeting();
    ProcessInstance pi = start(meeting, Map.of());
    draftedAndSent(pi);
    String token = notices.recipientOf(meeting.id(), "wangli").token();

    RestClient.Response stranger = RestClient.as("fenggang", port).post("/api/notice-receipts/" + token, Map.of());
    assertThat(stranger.status()).isEqualTo(403);
    assertThat(notices.recipientOf(meeting.id(), "wangli").confirmed()).isFalse();

    RestClient.Response own = RestClient.as("wangli", port).post("/api/notice-receipts/" + token, Map.of());
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.json().get("confirmationMethod").asText()).isEqualTo("LINK");
    assertThat(own.json().has("token")).isFalse();
    LocalDateTime confirmedAt = notices.recipientOf(meeting.id(), "wangli").confirmedAt();
    assertThat(confirmedAt).isNotNull();

    RestClient.Response page = RestClient.as("wangli", port).get("/app/notice-receipts/" + token);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("已确认收到会议通知");
    assertThat(notices.recipientOf(meeting.id(), "wangli").confirmedAt()).isEqualTo(confirmedAt);
    assertThat(eventActions(meeting.id())).filteredOn("confirmed"::equals).hasSize(1);

    assertThat(RestClient.as("wangli", port).post("/api/notice-receipts/not-a-token", Map.of()).status())
        .isEqualTo(404);
  }

  @Test
  void theOfficeResendsToOnePersonAsANewRoundAndOthersMayNot() throws Exception {
    MeetingRecord meeting = meeting();
    ProcessInstance pi = start(meeting, Map.of());
    long noticeId = draftedAndSent(pi);
    SMTP.purgeEmailFromAllMailboxes();
    String path = "/api/meetings/" + meeting.id() + "/notice/receipts/wangli/resend";

    assertThat(RestClient.as("wangli", port).post(path, Map.of()).status()).isEqualTo(403);
    RestClient.Response resent = RestClient.as("zhouping", port).post(path, Map.of());
    assertThat(resent.status()).isEqualTo(200);
    assertThat(resent.json().get("round").asInt()).isEqualTo(2);

    assertThat(deliveries(noticeId)).filteredOn(d -> d.startsWith("wangli ")).containsExactly(
        "wangli EMAIL 1 SENT", "wangli IN_APP 1 SENT", "wangli EMAIL 2 SENT", "wangli IN_APP 2 SENT");
    assertThat(mailRecipients(SUBJECT)).containsExactly("wangli@agency.example");
    assertThat(eventActions(meeting.id())).contains("resent");

    RestClient.Response page = RestClient.as("liming", port).get("/app/meetings/" + meeting.id() + "/notice/receipts");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("第 2 轮 · 电子邮件 · 已发送", "张三（市财政局）", "代为确认");
  }

  @Test
  void theNoticeIsShownToTheOfficeHostParticipantsAndAuditorsOnly() {
    MeetingRecord meeting = meeting();
    ProcessInstance pi = start(meeting, Map.of());
    draftedAndSent(pi);
    String notice = "/api/meetings/" + meeting.id() + "/notice";
    String receipts = notice + "/receipts";

    assertThat(RestClient.as("chenjing", port).get(notice).status()).as("participant").isEqualTo(200);
    assertThat(RestClient.as("chenjing", port).get(receipts).status()).as("participant, receipts").isEqualTo(403);
    assertThat(RestClient.as("jiangtao", port).get(notice).status()).as("not concerned").isEqualTo(403);
    assertThat(RestClient.as("shenyu", port).get(receipts).status()).as("auditor").isEqualTo(200);
    RestClient.Response host = RestClient.as("wangli", port).get(receipts);
    assertThat(host.status()).as("host department").isEqualTo(200);
    assertThat(host.json()).hasSize(5);
    assertThat(host.json().get(0).toString()).doesNotContain(notices.recipientOf(meeting.id(), "fenggang").token());

    RestClient.Response printable = RestClient.as("chenjing", port).get("/app/meetings/" + meeting.id() + "/notice");
    assertThat(printable.body()).contains("关于召开政策解读部署会的通知");
    RestClient.Response mine = RestClient.as("chenjing", port).get("/app/my/notices");
    assertThat(mine.body()).contains("政策解读部署会", "确认收到");
  }

  @Test
  void whatTheOfficeTypesIsEscapedInTheNoticeAndTheMail() throws Exception {
    MeetingRecord meeting = meeting();
    ProcessInstance pi = start(meeting, Map.of());
    Map<String, Object> form = draftForm();
    form.put(NoticeVariables.REQUIREMENTS, "<script>alert('x')</script> & <b>准时</b>");
    complete(pi, "zhouping", form);
    runSendingJobs(pi);

    String document = notices.document(noticeId(pi));
    assertThat(document).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;准时&lt;/b&gt;")
        .doesNotContain("<script>", "<b>准时");
    MimeMessage mail = SMTP.getReceivedMessagesForDomain("fenggang@agency.example")[0];
    String html = htmlOf(((Multipart) mail.getContent()).getBodyPart(0));
    assertThat(html).contains("&lt;script&gt;").doesNotContain("<script>");
  }

  @Test
  void aMeetingTypeWithoutItsOwnTemplateGetsTheDefaultNotice() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "training_course",
        LocalDateTime.of(2030, 6, 3, 14, 0));
    String document = documents.notice(meeting, meetings.participants(meeting.id()),
        new NoticeDraft("按时参加", "带笔记本", null, null, false, null));
    assertThat(document).contains("关于召开政策解读部署会的通知", "会议类型：training_course", "按时参加", "带笔记本",
        "五、参会要求", "六、会议纪律", "七、会议准备事项");
  }

  @Test
  void r5_1_noticeCarriesDisciplineReminders() throws Exception {
    MeetingRecord meeting = meeting();
    ProcessInstance pi = start(meeting, Map.of());
    complete(pi, "zhouping", draftForm());
    runSendingJobs(pi);

    String[] reminders = {"会议纪律", "提前到达会场", "手机调至静音或关机", "会场内禁止吸烟", "遵守会场秩序",
        "须本人签退", "按规定时间发言"};
    assertThat(notices.document(noticeId(pi))).contains(reminders);
    MimeMessage mail = SMTP.getReceivedMessagesForDomain("fenggang@agency.example")[0];
    assertThat(htmlOf(((Multipart) mail.getContent()).getBodyPart(0))).contains(reminders);
  }

  private void executeFailing(Job job) {
    try {
      managementService.executeJob(job.getId());
    } catch (RuntimeException expected) {
      assertThat(expected).hasMessageContaining("电子邮件发送失败");
      return;
    }
    throw new AssertionError("the sending job should have failed");
  }

  /** RFC 5545 3.1: a CRLF followed by a space continues the previous line. */
  static List<String> unfold(String calendar) {
    return Arrays.asList(calendar.replace("\r\n ", "").split("\r\n"));
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(BodyPart part) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    part.getDataHandler().writeTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The HTML of the body part, whether it came as text/html or nested in a multipart. */
  private static String htmlOf(BodyPart part) throws Exception {
    Object content = part.getContent();
    if (content instanceof Multipart nested) {
      for (int i = 0; i < nested.getCount(); i++) {
        String html = htmlOf(nested.getBodyPart(i));
        if (html != null) {
          return html;
        }
      }
      return null;
    }
    return part.isMimeType("text/html") ? (String) content : null;
  }
}
