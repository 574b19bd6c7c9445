package cn.gov.agency.meeting.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.lifecycle.CancelInput;
import cn.gov.agency.meeting.lifecycle.MeetingCancellation;
import cn.gov.agency.meeting.lifecycle.MeetingRescheduling;
import cn.gov.agency.meeting.lifecycle.RescheduleInput;
import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.StaffDuty;
import cn.gov.agency.meeting.meeting.TrailLabels;
import cn.gov.agency.meeting.message.SmsMessage;
import cn.gov.agency.meeting.support.RestClient;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * 会议改期通知 (processes/meeting-move-notice.bpmn): a notified meeting that moves is announced to
 * everyone expected and its named staff, once per channel, with the notice's calendar entry moved
 * (same UID, higher SEQUENCE); a meeting not yet notified is not; a confidential meeting's mail and
 * SMS carry nothing the recipient may not know.
 */
@Import(NoticeTestSupport.Doubles.class)
class MoveNoticeTest extends NoticeTestSupport {

  private static final String SUBJECT = "【会议改期通知】政策解读部署会";

  @Autowired MeetingRescheduling rescheduling;
  @Autowired MeetingCancellation cancellation;
  @Autowired TrailLabels labels;

  @Test
  void afterTheNoticeEveryoneExpectedAndTheStaffGetOneMessagePerChannelWithTheCalendarEntryMoved()
      throws Exception {
    MeetingRecord meeting = meeting();
    draftedAndSent(start(meeting, Map.of()));
    String noticeUid = line(calendar(mailTo("wangli", "invite.ics"), "invite.ics"), "UID:");
    meetings.grantLeave(meeting.id(), attendee(meeting, "chenjing").id(), "jiangtao");
    meetings.nameStaff(meeting.id(), StaffDuty.RECORDER, List.of("hanmei"));
    SMTP.purgeEmailFromAllMailboxes();

    rescheduling.reschedule(meeting.id(), new RescheduleInput("2030-03-05T14:00", "2030-03-05T16:30",
        "与上级调研活动错开"), "wangli");
    ProcessInstance told = moveProcess(meeting).get(0);
    assertThat(told).isWaitingAt("listMoveRecipients");
    assertThat(SMTP.getReceivedMessages()).as("nothing goes out in the moving transaction").isEmpty();
    runJobs(told);

    assertThat(told).isEnded().hasPassed("sendMoveByEmail", "postMoveInApp").hasNotPassed("sendMoveBySms");
    List<String> told5 = List.of("fenggang", "wangli", "qianjun", "jiangtao", "hanmei");
    assertThat(mailRecipients(SUBJECT)).containsExactlyInAnyOrderElementsOf(emails(told5));
    assertThat(html(mailTo("jiangtao", SUBJECT))).contains("蒋涛，您好", "2030年3月4日 09:00", "2030年3月5日 14:00",
        "2030年3月5日 16:30", "改期人：王丽", BASE_URL + "/app/my");
    String invite = calendar(mailTo("jiangtao", SUBJECT), "invite.ics");
    assertThat(invite).contains("METHOD:REQUEST", "STATUS:CONFIRMED", "SEQUENCE:1", "SUMMARY:政策解读部署会",
        "DTSTART;TZID=Asia/Shanghai:20300305T140000", "DTEND;TZID=Asia/Shanghai:20300305T163000");
    assertThat(line(invite, "UID:")).as("the notice's calendar entry, not a new one").isEqualTo(noticeUid);
    assertThat(sms.sent).isEmpty();
    assertThat(deliveries(meeting)).containsExactlyInAnyOrderElementsOf(told5.stream()
        .flatMap(person -> List.of(person + " EMAIL SENT", person + " IN_APP SENT").stream()).toList());
    assertThat(events.of(meeting.id())).filteredOn(e -> e.action().startsWith("move-sent-"))
        .hasSize(2).allSatisfy(e -> assertThat(labels.action(e.stage(), e.action())).isNotEqualTo(e.action()));
    String card = "class=\"card moved\" data-meeting-id=\"" + meeting.id() + "\"";
    assertThat(RestClient.as("jiangtao", port).getPage("/app/my").body()).contains("已改期的会议", card, "政策解读部署会");
    assertThat(RestClient.as("chenjing", port).getPage("/app/my").body()).as("on leave, not told")
        .doesNotContain(card);

    // Moved again: one more message each, and the entry moves once more with the next sequence.
    SMTP.purgeEmailFromAllMailboxes();
    rescheduling.reschedule(meeting.id(), new RescheduleInput("2030-03-06T09:00", "2030-03-06T11:00",
        "会议室检修"), "wangli");
    moveProcess(meeting).forEach(this::runJobs);
    assertThat(mailRecipients(SUBJECT)).containsExactlyInAnyOrderElementsOf(emails(told5));
    assertThat(calendar(mailTo("hanmei", SUBJECT), "invite.ics")).contains("SEQUENCE:2", "METHOD:REQUEST",
        "DTSTART;TZID=Asia/Shanghai:20300306T090000");
  }

  @Test
  void aCancellationAfterAMoveOutranksTheUpdatedInvitationInTheCalendar() throws Exception {
    MeetingRecord meeting = meeting();
    draftedAndSent(start(meeting, Map.of()));
    rescheduling.reschedule(meeting.id(), new RescheduleInput("2030-03-05T14:00", "2030-03-05T16:30",
        "与上级调研活动错开"), "wangli");
    moveProcess(meeting).forEach(this::runJobs);
    SMTP.purgeEmailFromAllMailboxes();

    cancellation.cancel(meeting.id(), new CancelInput("上级通知暂停召开"), "wangli");
    runJobs(runtimeService.createProcessInstanceQuery().processDefinitionKey(CancellationVariables.PROCESS_KEY)
        .processInstanceBusinessKey(MeetingKey.of(meeting.id())).singleResult());

    assertThat(calendar(mailTo("wangli", "【会议取消通知】政策解读部署会"), "cancel.ics"))
        .as("above the move's SEQUENCE:1, or calendars keep the moved entry")
        .contains("METHOD:CANCEL", "SEQUENCE:2", "DTSTART;TZID=Asia/Shanghai:20300305T140000");
  }

  @Test
  void beforeTheNoticeNobodyIsToldOfTheMoveTheNoticeWillStateTheNewTime() throws Exception {
    MeetingRecord meeting = meeting();
    start(meeting, Map.of());

    rescheduling.reschedule(meeting.id(), new RescheduleInput("2030-03-05T14:00", "2030-03-05T16:30",
        "与上级调研活动错开"), "wangli");

    assertThat(moveProcess(meeting)).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from meeting_move where meeting_id = ?", Integer.class,
        meeting.id())).isZero();
    assertThat(mailRecipients(SUBJECT)).isEmpty();
  }

  @Test
  void aConfidentialMeetingsMoveCarriesNoContentAndItsTitleOnlyToTheEntitled() throws Exception {
    MeetingRecord meeting = meeting();
    meetings.updatePreparationNeeds(meeting.id(), true, false, false);
    meetings.updateConfidential(meeting.id(), true);
    draftedAndSent(start(meeting, Map.of()));
    SMTP.purgeEmailFromAllMailboxes();
    sms.sent.clear();

    rescheduling.reschedule(meeting.id(), new RescheduleInput("2030-03-05T14:00", "2030-03-05T16:30",
        "与上级调研活动错开"), "wangli");
    ProcessInstance told = moveProcess(meeting).get(0);
    managementService.executeJob(job(told, "listMoveRecipients").getId());
    // However someone not entitled came onto the list, what reaches them must not name the meeting.
    jdbc.update("""
        insert into move_recipient (move_id, person_user_id, role)
        select id, 'heqing', 'STAFF' from meeting_move where meeting_id = ?""", meeting.id());
    runJobs(told);

    assertThat(told).isEnded().hasPassed("sendMoveBySms", "sendMoveByEmail", "postMoveInApp");
    MimeMessage entitled = mailTo("wangli", SUBJECT);
    assertThat(html(entitled)).contains("政策解读部署会", "2030年3月5日 14:00").doesNotContain("解读新政策", "调研");
    MimeMessage stranger = mailTo("heqing", "【会议改期通知】改至 3月5日 14:00 的会议");
    assertThat(html(stranger)).doesNotContain("政策解读部署会", "解读新政策", "调研")
        .contains("2030年3月4日 09:00", "2030年3月5日 14:00", BASE_URL + "/app/my");
    assertThat(calendar(stranger, "invite.ics")).contains("METHOD:REQUEST", "SUMMARY:会议", "SEQUENCE:1")
        .doesNotContain("政策解读部署会", "解读新政策", "政策法规处");
    assertThat(smsTo("wangli")).contains("政策解读部署会", "3月5日 14:00").doesNotContain("解读新政策");
    assertThat(smsTo("heqing")).doesNotContain("政策解读部署会", "解读新政策").contains("3月5日 14:00");
    String card = "class=\"card moved\" data-meeting-id=\"" + meeting.id() + "\"";
    assertThat(RestClient.as("heqing", port).getPage("/app/my").body()).contains(card, "涉密会议")
        .doesNotContain("政策解读部署会");
    assertThat(RestClient.as("wangli", port).getPage("/app/my").body()).contains(card, "政策解读部署会");
  }

  @Test
  void withTheMailServerDownTheMoveStandsAndEachMailGoesOutOnceWhenItIsBack() throws Exception {
    MeetingRecord meeting = meeting();
    draftedAndSent(start(meeting, Map.of()));
    SMTP.purgeEmailFromAllMailboxes();
    mailSender.allowance.set(1);

    rescheduling.reschedule(meeting.id(), new RescheduleInput("2030-03-05T14:00", "2030-03-05T16:30",
        "与上级调研活动错开"), "wangli");
    ProcessInstance told = moveProcess(meeting).get(0);
    managementService.executeJob(job(told, "listMoveRecipients").getId());
    Job email = job(told, "sendMoveByEmail");
    assertThatThrownBy(() -> managementService.executeJob(email.getId())).hasMessageContaining("改期通知发送失败");
    assertThat(mailRecipients(SUBJECT)).hasSize(1);
    assertThat(meetings.find(meeting.id()).orElseThrow().plannedStart()).isEqualTo(LocalDateTime.of(2030, 3, 5, 14, 0));

    mailSender.allowance.set(Integer.MAX_VALUE);
    // The retry, without waiting for the retry cycle.
    managementService.executeJob(email.getId());
    runJobs(told);

    assertThat(told).isEnded();
    assertThat(mailRecipients(SUBJECT)).containsExactlyInAnyOrderElementsOf(emails(PERSONS));
  }

  @Test
  void aMailWhoseSendingWasCutOffIsNotSentAgainButLeftToBeChecked() throws Exception {
    MeetingRecord meeting = meeting();
    draftedAndSent(start(meeting, Map.of()));
    SMTP.purgeEmailFromAllMailboxes();
    rescheduling.reschedule(meeting.id(), new RescheduleInput("2030-03-05T14:00", "2030-03-05T16:30",
        "与上级调研活动错开"), "wangli");
    ProcessInstance told = moveProcess(meeting).get(0);
    managementService.executeJob(job(told, "listMoveRecipients").getId());
    // What a crash between the committed SENDING and the hand-over's SENT leaves behind.
    jdbc.update("""
        insert into move_delivery (recipient_id, channel, status, recorded_at)
        select r.id, 'EMAIL', 'SENDING', current_timestamp from move_recipient r
          join meeting_move m on m.id = r.move_id where m.meeting_id = ? and r.person_user_id = 'wangli'""",
        meeting.id());
    runJobs(told);

    assertThat(mailRecipients(SUBJECT)).containsExactlyInAnyOrderElementsOf(
        emails(List.of("fenggang", "qianjun", "chenjing")));
    assertThat(deliveries(meeting)).contains("wangli EMAIL UNCONFIRMED");
  }

  private List<ProcessInstance> moveProcess(MeetingRecord meeting) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(MoveVariables.PROCESS_KEY)
        .processInstanceBusinessKey(MeetingKey.of(meeting.id())).list();
  }

  /** Runs the process's jobs as the job executor would, until none is left to run. */
  private void runJobs(ProcessInstance pi) {
    List<Job> jobs = managementService.createJobQuery().processInstanceId(pi.getId()).executable().list();
    while (!jobs.isEmpty()) {
      jobs.forEach(job -> managementService.executeJob(job.getId()));
      jobs = managementService.createJobQuery().processInstanceId(pi.getId()).executable().list();
    }
  }

  private Attendee attendee(MeetingRecord meeting, String userId) {
    return meetings.attendees(meeting.id()).stream().filter(a -> userId.equals(a.personUserId())).findFirst()
        .orElseThrow();
  }

  private List<String> deliveries(MeetingRecord meeting) {
    return jdbc.query("""
        select r.person_user_id, d.channel, d.status from move_delivery d
          join move_recipient r on r.id = d.recipient_id
          join meeting_move m on m.id = r.move_id where m.meeting_id = ?""",
        (rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3), meeting.id());
  }

  /** The one mail to {@code userId} whose subject starts with {@code subject} (or has an attachment of that name). */
  private static MimeMessage mailTo(String userId, String subjectOrAttachment) throws Exception {
    List<MimeMessage> mails = new ArrayList<>();
    for (MimeMessage mail : Arrays.asList(SMTP.getReceivedMessagesForDomain(userId + "@agency.example"))) {
      if (mail.getSubject().equals(subjectOrAttachment) || hasPart(mail, subjectOrAttachment)) {
        mails.add(mail);
      }
    }
    assertThat(mails).as("mails to %s: %s", userId, subjectOrAttachment).hasSize(1);
    return mails.get(0);
  }

  private String smsTo(String userId) {
    List<String> texts = sms.sent.stream().filter(m -> m.userId().equals(userId)).map(SmsMessage::text).toList();
    assertThat(texts).as("SMS to %s", userId).hasSize(1);
    return texts.get(0);
  }

  private static String line(String calendar, String prefix) {
    return Arrays.stream(calendar.split("\r\n")).filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
  }

  private static boolean hasPart(MimeMessage message, String fileName) throws Exception {
    if (!(message.getContent() instanceof Multipart parts)) {
      return false;
    }
    for (int i = 0; i < parts.getCount(); i++) {
      if (fileName.equals(parts.getBodyPart(i).getFileName())) {
        return true;
      }
    }
    return false;
  }

  private static String html(MimeMessage message) throws Exception {
    return part(message, null);
  }

  /** The calendar attachment, unfolded. */
  private static String calendar(MimeMessage message, String fileName) throws Exception {
    return part(message, fileName).replace("\r\n ", "");
  }

  /** The mail's HTML body ({@code fileName} null), or its attachment of that name. */
  private static String part(MimeMessage message, String fileName) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      boolean wanted = fileName == null ? part.getFileName() == null : fileName.equals(part.getFileName());
      if (wanted) {
        Object content = part.getContent();
        if (content instanceof Multipart alternative) {
          content = alternative.getBodyPart(0).getContent();
        }
        return content instanceof String text ? text
            : new String(((InputStream) content).readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no " + (fileName == null ? "body" : fileName) + " in " + message.getSubject());
  }
}
