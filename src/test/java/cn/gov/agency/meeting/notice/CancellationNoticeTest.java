package cn.gov.agency.meeting.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.lifecycle.CancelInput;
import cn.gov.agency.meeting.lifecycle.MeetingCancellation;
import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingEvents.MeetingEvent;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.meeting.PlannedMeeting;
import cn.gov.agency.meeting.meeting.StaffDuty;
import cn.gov.agency.meeting.meeting.TrailLabels;
import cn.gov.agency.meeting.message.SmsMessage;
import cn.gov.agency.meeting.support.RestClient;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
 * 会议取消通知: everyone expected at a cancelled meeting and its named staff are told once, through
 * the channels its notice used, by jobs that a failing mail server cannot turn into a failed
 * cancellation; a confidential meeting's mail and SMS carry nothing the recipient may not know.
 */
@Import(NoticeTestSupport.Doubles.class)
class CancellationNoticeTest extends NoticeTestSupport {

  private static final String SUBJECT = "【会议取消通知】政策解读部署会";
  private static final String REASON = "与上级专题会议时间冲突，另行安排";

  @Autowired MeetingCancellation cancellation;
  @Autowired TrailLabels labels;

  @Test
  void afterTheNoticeEveryoneExpectedAndTheStaffGetOneMailWithTheReason() throws Exception {
    MeetingRecord meeting = meetingWhoseNoticeWentOut();
    meetings.grantLeave(meeting.id(), attendee(meeting, "chenjing").id(), "jiangtao");
    meetings.nameStaff(meeting.id(), StaffDuty.RECORDER, List.of("hanmei"));
    SMTP.purgeEmailFromAllMailboxes();

    assertThat(cancellation.cancel(meeting.id(), new CancelInput(REASON), "wangli").status())
        .isEqualTo(MeetingStatus.CANCELLED);
    ProcessInstance told = cancellationProcess(meeting);
    assertThat(told).isWaitingAt("listCancellationRecipients");
    assertThat(SMTP.getReceivedMessages()).as("nothing goes out in the cancelling transaction").isEmpty();
    runJobs(told);

    assertThat(told).isEnded().hasPassed("sendCancellationByEmail", "postCancellationInApp")
        .hasNotPassed("sendCancellationBySms");
    assertThat(mailRecipients(SUBJECT)).containsExactlyInAnyOrderElementsOf(
        emails(List.of("fenggang", "wangli", "qianjun", "jiangtao", "hanmei")));
    String body = html(mailTo("jiangtao"));
    assertThat(body).contains("蒋涛，您好", "2030年3月4日 09:00", "待定", "政策解读部署会", "取消人：王丽",
        "取消原因：" + REASON, BASE_URL + "/app/my");
    // The entry the notice's invite.ics made leaves the calendar: same UID, METHOD:CANCEL.
    assertThat(calendar(mailTo("jiangtao")).replace("\r\n ", "")).contains("METHOD:CANCEL", "STATUS:CANCELLED",
        "SEQUENCE:1", "UID:meeting-" + meeting.id() + "@meeting.agency.example", "SUMMARY:【已取消】政策解读部署会",
        "DTSTART;TZID=Asia/Shanghai:20300304T090000");
    assertThat(sms.sent).isEmpty();
    assertThat(deliveries(meeting)).contains("jiangtao IN_APP SENT", "hanmei EMAIL SENT")
        .noneMatch(d -> d.startsWith("chenjing "));
    assertThat(events.of(meeting.id())).filteredOn(e -> e.action().startsWith("cancellation-sent-"))
        .hasSize(2).allSatisfy(e -> assertThat(labels.action(e.stage(), e.action())).isNotEqualTo(e.action()));

    String card = "class=\"card cancelled\" data-meeting-id=\"" + meeting.id() + "\"";
    String substitutesPage = RestClient.as("jiangtao", port).getPage("/app/my").body();
    assertThat(substitutesPage).contains("已取消的会议", card, "已取消", "取消原因：" + REASON);
    assertThat(RestClient.as("chenjing", port).getPage("/app/my").body()).as("on leave, not told")
        .doesNotContain(card);
  }

  @Test
  void aConfidentialMeetingsMessagesCarryNoContentAndItsTitleOnlyToTheEntitled() throws Exception {
    MeetingRecord meeting = meeting();
    meetings.updatePreparationNeeds(meeting.id(), true, false, false);
    meetings.updateConfidential(meeting.id(), true);
    cancellation.cancel(meeting.id(), new CancelInput(REASON), "wangli");
    ProcessInstance told = cancellationProcess(meeting);
    managementService.executeJob(job(told, "listCancellationRecipients").getId());
    // However someone not entitled came onto the list, what reaches them must not name the meeting.
    jdbc.update("insert into cancellation_recipient (meeting_id, person_user_id, role) values (?, 'heqing', 'STAFF')",
        meeting.id());
    runJobs(told);

    assertThat(told).isEnded().hasPassed("sendCancellationBySms", "sendCancellationByEmail");
    MimeMessage entitled = mailTo("wangli");
    assertThat(entitled.getSubject()).isEqualTo(SUBJECT);
    assertThat(html(entitled)).contains("政策解读部署会", "取消原因请登录会务管理系统查看")
        .doesNotContain(REASON, "解读新政策");
    MimeMessage stranger = mailTo("heqing");
    assertThat(stranger.getSubject()).isEqualTo("【会议取消通知】3月4日 09:00 的会议");
    assertThat(html(stranger)).doesNotContain("政策解读部署会", REASON, "解读新政策").contains("2030年3月4日 09:00");
    assertThat(calendar(stranger).replace("\r\n ", "")).contains("METHOD:CANCEL", "SUMMARY:【已取消】会议")
        .doesNotContain("政策解读部署会", REASON);
    assertThat(smsTo("wangli")).contains("政策解读部署会").doesNotContain(REASON);
    assertThat(smsTo("heqing")).doesNotContain("政策解读部署会", REASON).contains("3月4日 09:00");
    assertThat(RestClient.as("wangli", port).getPage("/app/my").body()).contains("政策解读部署会", REASON);
  }

  @Test
  void withTheMailServerDownTheCancellationStandsAndEachMailGoesOutOnceWhenItIsBack() throws Exception {
    MeetingRecord meeting = meetingWhoseNoticeWentOut();
    SMTP.purgeEmailFromAllMailboxes();
    mailSender.allowance.set(0);

    assertThat(cancellation.cancel(meeting.id(), new CancelInput(REASON), "wangli").status())
        .isEqualTo(MeetingStatus.CANCELLED);
    ProcessInstance told = cancellationProcess(meeting);
    managementService.executeJob(job(told, "listCancellationRecipients").getId());
    managementService.executeJob(job(told, "postCancellationInApp").getId());

    mailSender.allowance.set(1);
    Job email = job(told, "sendCancellationByEmail");
    executeFailing(email);
    executeFailing(email);
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(told.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo("sendCancellationByEmail");
    assertThat(incident.getIncidentMessage()).contains("电子邮件取消通知发送失败", "3 人未送达");
    assertThat(mailRecipients(SUBJECT)).hasSize(1);
    assertThat(meetings.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.CANCELLED);

    mailSender.allowance.set(Integer.MAX_VALUE);
    managementService.setJobRetries(email.getId(), 1);
    managementService.executeJob(email.getId());

    assertThat(told).isEnded();
    assertThat(mailRecipients(SUBJECT)).containsExactlyInAnyOrderElementsOf(emails(PERSONS));
  }

  @Test
  void aMailWhoseSendingWasCutOffIsNotSentAgainButLeftToBeChecked() throws Exception {
    MeetingRecord meeting = meetingWhoseNoticeWentOut();
    SMTP.purgeEmailFromAllMailboxes();
    cancellation.cancel(meeting.id(), new CancelInput(REASON), "wangli");
    ProcessInstance told = cancellationProcess(meeting);
    managementService.executeJob(job(told, "listCancellationRecipients").getId());
    // What a crash between the committed SENDING and the hand-over's SENT leaves behind.
    jdbc.update("""
        insert into cancellation_delivery (recipient_id, channel, status, recorded_at)
        select id, 'EMAIL', 'SENDING', current_timestamp from cancellation_recipient
         where meeting_id = ? and person_user_id = 'wangli'""", meeting.id());
    runJobs(told);

    assertThat(mailRecipients(SUBJECT)).containsExactlyInAnyOrderElementsOf(
        emails(List.of("fenggang", "qianjun", "chenjing")));
    assertThat(deliveries(meeting)).contains("wangli EMAIL UNCONFIRMED");
  }

  @Test
  void aPlannedMeetingWithoutTimeOrParticipantsIsCalledOffWithoutTellingAnyone() {
    long meetingId = plannedMeeting();

    assertThat(cancellation.cancel(meetingId, new CancelInput(REASON), "wangli").status())
        .isEqualTo(MeetingStatus.CANCELLED);

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CancellationVariables.PROCESS_KEY)
        .processInstanceBusinessKey(MeetingKey.of(meetingId)).count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from meeting_cancellation where meeting_id = ?", Integer.class,
        meetingId)).isZero();
    assertThat(events.of(meetingId)).extracting(MeetingEvent::action).contains("CANCELLED");
  }

  private long plannedMeeting() {
    int year = 2034;
    jdbc.update("""
        insert into annual_plan (plan_year, process_instance_id, status, submission_deadline, started_by, started_at)
        select ?, 'test', 'APPROVED', ?, 'zhouping', current_timestamp from (values (1)) as one (x)
         where not exists (select 1 from annual_plan where plan_year = ?)""",
        year, LocalDate.of(year - 1, 12, 20), year);
    jdbc.update("""
        insert into department_plan (annual_plan_id, department_code, status)
        select id, 'policy', 'SUBMITTED' from annual_plan p where plan_year = ?
           and not exists (select 1 from department_plan d where d.annual_plan_id = p.id)""", year);
    jdbc.update("""
        insert into plan_entry (department_plan_id, name, meeting_type, planned_month, planned_hours, place,
                                participant_count, participants, content, estimated_cost)
        select d.id, '季度工作部署会', 'work_deployment', 3, 2.0, '三楼会议室', 10, '处室全体', '部署季度工作', 800
          from department_plan d join annual_plan p on p.id = d.annual_plan_id where p.plan_year = ?""", year);
    long entryId = jdbc.queryForObject("select max(id) from plan_entry", Long.class);
    return meetings.insertPlanned(new PlannedMeeting(entryId, year, "work_deployment", "季度工作部署会", "policy",
        null, 3, new BigDecimal("2.0"), "三楼会议室", "部署季度工作", 10, new BigDecimal("800")),
        LocalDateTime.now());
  }

  private MeetingRecord meetingWhoseNoticeWentOut() {
    MeetingRecord meeting = meeting();
    draftedAndSent(start(meeting, Map.of()));
    return meeting;
  }

  private ProcessInstance cancellationProcess(MeetingRecord meeting) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(CancellationVariables.PROCESS_KEY)
        .processInstanceBusinessKey(MeetingKey.of(meeting.id())).singleResult();
  }

  /** Runs the process's jobs as the job executor would, until none is left to run. */
  private void runJobs(ProcessInstance pi) {
    List<Job> jobs = managementService.createJobQuery().processInstanceId(pi.getId()).executable().list();
    while (!jobs.isEmpty()) {
      jobs.forEach(job -> managementService.executeJob(job.getId()));
      jobs = managementService.createJobQuery().processInstanceId(pi.getId()).executable().list();
    }
  }

  private void executeFailing(Job job) {
    try {
      managementService.executeJob(job.getId());
    } catch (RuntimeException expected) {
      assertThat(expected).hasMessageContaining("取消通知发送失败");
      return;
    }
    throw new AssertionError("the sending job should have failed");
  }

  private Attendee attendee(MeetingRecord meeting, String userId) {
    return meetings.attendees(meeting.id()).stream().filter(a -> userId.equals(a.personUserId())).findFirst()
        .orElseThrow();
  }

  private List<String> deliveries(MeetingRecord meeting) {
    return jdbc.query("""
        select r.person_user_id, d.channel, d.status from cancellation_delivery d
          join cancellation_recipient r on r.id = d.recipient_id where r.meeting_id = ? order by r.id, d.channel""",
        (rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3), meeting.id());
  }

  private static MimeMessage mailTo(String userId) {
    List<MimeMessage> mails = new ArrayList<>(Arrays.asList(SMTP.getReceivedMessagesForDomain(
        userId + "@agency.example")));
    assertThat(mails).as("mails to %s", userId).hasSize(1);
    return mails.get(0);
  }

  private String smsTo(String userId) {
    List<String> texts = sms.sent.stream().filter(m -> m.userId().equals(userId)).map(SmsMessage::text).toList();
    assertThat(texts).as("SMS to %s", userId).hasSize(1);
    return texts.get(0);
  }

  private static String html(MimeMessage message) throws Exception {
    return part(message, false);
  }

  private static String calendar(MimeMessage message) throws Exception {
    return part(message, true);
  }

  /** The mail's HTML body, or its cancel.ics. */
  private static String part(MimeMessage message, boolean calendar) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if ("cancel.ics".equals(part.getFileName()) == calendar) {
        Object content = part.getContent();
        if (content instanceof Multipart alternative) {
          content = alternative.getBodyPart(0).getContent();
        }
        return content instanceof String text ? text
            : new String(((java.io.InputStream) content).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no " + (calendar ? "cancel.ics" : "body") + " in " + message.getSubject());
  }
}
