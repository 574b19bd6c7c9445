package cn.gov.agency.meeting.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.process.LifecycleVariables;
import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingCancelled;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingEvents.MeetingEvent;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.MeetingRescheduled;
import cn.gov.agency.meeting.notice.NoticeVariables;
import cn.gov.agency.meeting.message.SmsGateway;
import cn.gov.agency.meeting.message.SmsMessage;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.OutageMailSender;
import cn.gov.agency.meeting.support.SampleMeetings;
import cn.gov.agency.meeting.support.TestMailServer;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 会前提醒 end to end: the notice goes out through processes/meeting-notice.bpmn, whose 安排会前提醒
 * starts processes/meeting-reminders.bpmn; the tests fix the engine's clock, check each timer's due
 * date, and run the jobs as the job executor would. Own in-memory database, real SMTP (GreenMail),
 * SMS captured. Meetings fall around the 2026 National Day holiday (10-01..10-07, make-up working
 * day Saturday 10-10) so that "working day before" is the calendar's, not the weekday's.
 */
@SpringBootTest
@ActiveProfiles("processtest")
@Import(MeetingRemindersProcessTest.Doubles.class)
class MeetingRemindersProcessTest {

  private static final GreenMail SMTP = TestMailServer.startedOnAFreePort();
  private static final String SUBJECT = "【会前提醒】政策解读部署会";
  private static final List<String> PERSONS = List.of("fenggang", "wangli", "qianjun", "chenjing");


  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:meeting-reminder-test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
    registry.add("spring.mail.host", () -> SMTP.getSmtp().getBindTo());
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    registry.add("meeting.notification.email-enabled", () -> "true");
  }

  @TestConfiguration
  static class Doubles {
    @Bean
    @Primary
    CapturingSms capturingSms() {
      return new CapturingSms();
    }

    @Bean
    @Primary
    OutageMailSender outageMailSender() {
      return OutageMailSender.on(SMTP);
    }
  }

  static class CapturingSms implements SmsGateway {
    final List<SmsMessage> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(SmsMessage message) {
      sent.add(message);
    }
  }

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired MeetingRows meetings;
  @Autowired MeetingEvents events;
  @Autowired JdbcTemplate jdbc;
  @Autowired CapturingSms sms;
  @Autowired OutageMailSender mailSender;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired PlatformTransactionManager transactions;

  @BeforeEach
  void reset() throws Exception {
    AbstractAssertions.init(engine);
    SMTP.purgeEmailFromAllMailboxes();
    sms.sent.clear();
    mailSender.reset();
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void bothRemindersFireAtTheConfiguredOffsetsOnWorkingDaysAndReachEveryPersonOnEachChannel() throws Exception {
    MeetingRecord meeting = meeting("work_deployment", LocalDateTime.of(2026, 10, 8, 14, 0));
    ProcessInstance reminders = noticeSent(meeting, false, LocalDateTime.of(2026, 9, 20, 10, 0));

    // One working day before Thursday 10-08 is Wednesday 09-30: 10-01..10-07 are the holiday.
    assertThat(reminders).isWaitingAt("reminderTimeReached");
    Job dayBefore = timer(reminders);
    assertThat(dayBefore.getDuedate()).isEqualTo(SampleMeetings.date(LocalDateTime.of(2026, 9, 30, 9, 0)));
    assertThat(mailRecipients()).isEmpty();

    fire(dayBefore, LocalDateTime.of(2026, 9, 30, 9, 0));
    assertThat(reminders).isWaitingAt("sendReminderByEmail", "postReminderInApp");
    runJobs(reminders);

    assertThat(deliveries(meeting.id(), ReminderKind.DAY_BEFORE)).containsExactlyInAnyOrder(
        "fenggang EMAIL SENT", "fenggang IN_APP SENT", "wangli EMAIL SENT", "wangli IN_APP SENT",
        "qianjun EMAIL SENT", "qianjun IN_APP SENT", "chenjing EMAIL SENT", "chenjing IN_APP SENT");
    assertThat(mailRecipients()).containsExactlyInAnyOrderElementsOf(emails(PERSONS));
    assertThat(sms.sent).isEmpty();

    // The loop planned the second reminder: 30 minutes before the start.
    assertThat(reminders).isWaitingAt("reminderTimeReached");
    Job shortlyBefore = timer(reminders);
    assertThat(shortlyBefore.getDuedate()).isEqualTo(SampleMeetings.date(LocalDateTime.of(2026, 10, 8, 13, 30)));

    fire(shortlyBefore, LocalDateTime.of(2026, 10, 8, 13, 30));
    runJobs(reminders);
    assertThat(deliveries(meeting.id(), ReminderKind.SHORTLY_BEFORE)).hasSize(8);
    assertThat(mailRecipients()).hasSize(8);

    // Every reminder is out; the process waits for the start so that a move would still be followed.
    Job meetingStart = timer(reminders);
    assertThat(meetingStart.getDuedate()).isEqualTo(SampleMeetings.date(LocalDateTime.of(2026, 10, 8, 14, 0)));
    fire(meetingStart, LocalDateTime.of(2026, 10, 8, 14, 0));
    assertThat(reminders).isEnded().hasPassed("nothingDue", "remindersDone");
    assertThat(mailRecipients()).hasSize(8);
    assertThat(trail(meeting.id())).containsExactly("scheduled", "sent", "scheduled", "sent");
  }

  @Test
  void aPersonOnApprovedLeaveGetsNoReminderTheirSubstituteDoesAndAnImportantMeetingAddsSms() throws Exception {
    MeetingRecord meeting = meeting("work_deployment", LocalDateTime.of(2026, 10, 9, 9, 0));
    ProcessInstance reminders = noticeSent(meeting, true, LocalDateTime.of(2026, 9, 21, 10, 0));
    Attendee wangli = meetings.attendees(meeting.id()).stream().filter(a -> "wangli".equals(a.personUserId()))
        .findFirst().orElseThrow();
    meetings.grantLeave(meeting.id(), wangli.id(), "heqing");

    Job dayBefore = timer(reminders);
    assertThat(dayBefore.getDuedate()).isEqualTo(SampleMeetings.date(LocalDateTime.of(2026, 10, 8, 9, 0)));
    fire(dayBefore, LocalDateTime.of(2026, 10, 8, 9, 0));
    assertThat(reminders).isWaitingAt("sendReminderByEmail", "postReminderInApp", "sendReminderBySms");
    runJobs(reminders);

    List<String> expected = List.of("fenggang", "heqing", "qianjun", "chenjing");
    assertThat(deliveries(meeting.id(), ReminderKind.DAY_BEFORE)).containsExactlyInAnyOrderElementsOf(
        expected.stream().flatMap(p -> List.of(p + " EMAIL SENT", p + " IN_APP SENT", p + " SMS SENT").stream())
            .toList());
    assertThat(mailRecipients()).containsExactlyInAnyOrderElementsOf(emails(expected))
        .doesNotContain("wangli@agency.example");
    assertThat(sms.sent).extracting(SmsMessage::userId).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(sms.sent.get(0).text()).contains("会前提醒", "政策解读部署会", "10月9日 09:00");
  }

  @Test
  void aRetriedChannelDoesNotRemindAnyoneTwice() throws Exception {
    MeetingRecord meeting = meeting("work_deployment", LocalDateTime.of(2026, 10, 12, 15, 0));
    ProcessInstance reminders = noticeSent(meeting, false, LocalDateTime.of(2026, 9, 22, 10, 0));
    fire(timer(reminders), LocalDateTime.of(2026, 10, 10, 9, 0));
    Job email = managementService.createJobQuery().processInstanceId(reminders.getId())
        .activityId("sendReminderByEmail").singleResult();
    long reminderId = ((Number) runtimeService.getVariable(reminders.getId(), ReminderVariables.REMINDER_ID))
        .longValue();
    // Two people were already reminded before the step failed half-way.
    new TransactionTemplate(transactions).executeWithoutResult(tx -> jdbc.update("""
        insert into meeting_reminder_delivery (reminder_id, person_user_id, channel, status, recorded_at)
        values (?, 'fenggang', 'EMAIL', 'SENT', current_timestamp), (?, 'wangli', 'EMAIL', 'SENT', current_timestamp)""",
        reminderId, reminderId));

    managementService.executeJob(email.getId());

    assertThat(mailRecipients()).containsExactlyInAnyOrderElementsOf(emails(List.of("qianjun", "chenjing")));
  }

  @Test
  void aReminderWhoseSendingACrashCutOffIsNotSentAgainAndTheTrailSaysItIsToBeChecked() throws Exception {
    MeetingRecord meeting = meeting("work_deployment", LocalDateTime.of(2026, 10, 15, 15, 0));
    ProcessInstance reminders = noticeSent(meeting, false, LocalDateTime.of(2026, 9, 25, 10, 0));
    fire(timer(reminders), LocalDateTime.of(2026, 10, 14, 9, 0));
    String email = job(reminders, "sendReminderByEmail").getId();

    // The server takes the first reminder, then the application dies before recording it as sent.
    mailSender.handOversBeforeCrash.set(0);
    assertThatThrownBy(() -> managementService.executeJob(email))
        .hasRootCauseInstanceOf(OutageMailSender.SimulatedCrash.class);
    assertThat(deliveries(meeting.id(), ReminderKind.DAY_BEFORE)).containsExactly("fenggang EMAIL SENDING");

    // The restarted application runs the step again.
    managementService.executeJob(email);
    runJobs(reminders);

    assertThat(mailRecipients()).containsExactlyInAnyOrderElementsOf(emails(PERSONS));
    assertThat(deliveries(meeting.id(), ReminderKind.DAY_BEFORE)).filteredOn(d -> d.contains(" EMAIL "))
        .containsExactlyInAnyOrder("fenggang EMAIL UNCONFIRMED", "wangli EMAIL SENT", "qianjun EMAIL SENT",
            "chenjing EMAIL SENT");
    assertThat(events.of(meeting.id())).filteredOn(e -> e.stage().equals("reminder") && e.action().equals("sent"))
        .singleElement().satisfies(e -> assertThat(e.comment())
            .isEqualTo("会前工作日提醒（10月14日 09:00），1 条发送中断、未重发，待核实是否收到"));
  }

  @Test
  void aMailServerRefusingRemindersIsRetriedAndEachPersonIsRemindedOnceWhenItIsBack() throws Exception {
    MeetingRecord meeting = meeting("work_deployment", LocalDateTime.of(2026, 10, 16, 15, 0));
    ProcessInstance reminders = noticeSent(meeting, false, LocalDateTime.of(2026, 9, 25, 11, 0));
    fire(timer(reminders), LocalDateTime.of(2026, 10, 15, 9, 0));
    String email = job(reminders, "sendReminderByEmail").getId();

    mailSender.allowance.set(1);
    assertThatThrownBy(() -> managementService.executeJob(email)).hasMessageContaining("3 人未送达");
    // Refused before the server took them: nothing is held as SENDING, the retry sends them.
    assertThat(deliveries(meeting.id(), ReminderKind.DAY_BEFORE)).containsExactly("fenggang EMAIL SENT");

    mailSender.allowance.set(Integer.MAX_VALUE);
    managementService.executeJob(email);

    assertThat(mailRecipients()).containsExactlyInAnyOrderElementsOf(emails(PERSONS));
    assertThat(deliveries(meeting.id(), ReminderKind.DAY_BEFORE)).containsExactlyInAnyOrderElementsOf(
        PERSONS.stream().map(p -> p + " EMAIL SENT").toList());
  }

  @Test
  void aCancelledMeetingEndsItsRemindersAndNoTimerIsLeft() throws Exception {
    MeetingRecord meeting = meeting("work_deployment", LocalDateTime.of(2026, 10, 13, 9, 0));
    ProcessInstance reminders = noticeSent(meeting, false, LocalDateTime.of(2026, 9, 23, 10, 0));
    assertThat(timer(reminders)).isNotNull();

    inTransaction(() -> publisher.publishEvent(new MeetingCancelled(meeting.id(), "领导临时出差", "zhouping")));

    assertThat(reminders).isEnded().hasPassed("meetingCancelled", "withdrawReminders", "remindersWithdrawn");
    assertThat(managementService.createJobQuery().processInstanceId(reminders.getId()).count()).isZero();
    assertThat(jdbc.queryForList("select status from meeting_reminder where meeting_id = ?", String.class,
        meeting.id())).containsExactly("WITHDRAWN");
    assertThat(trail(meeting.id())).containsExactly("scheduled", "withdrawn");
    assertThat(mailRecipients()).isEmpty();
  }

  @Test
  void aMovedMeetingMovesItsWaitingReminderOntoTheMakeUpWorkingDayThroughTheGenericFollower() throws Exception {
    MeetingRecord meeting = meeting("work_deployment", LocalDateTime.of(2026, 10, 14, 9, 0));
    ProcessInstance reminders = noticeSent(meeting, false, LocalDateTime.of(2026, 9, 24, 10, 0));
    assertThat(timer(reminders).getDuedate()).isEqualTo(SampleMeetings.date(LocalDateTime.of(2026, 10, 13, 9, 0)));

    // To Monday 10-12: the working day before is Saturday 10-10, a make-up working day (调休上班).
    move(meeting, meeting.plannedStart(), LocalDateTime.of(2026, 10, 12, 10, 0));

    // The same timer, its due date worked out again from ${reminderSchedule.nextAt(meetingId)}.
    assertThat(reminders).isWaitingAt("reminderTimeReached");
    assertThat(managementService.createJobQuery().processInstanceId(reminders.getId()).timers().count()).isOne();
    assertThat(timer(reminders).getDuedate()).isEqualTo(SampleMeetings.date(LocalDateTime.of(2026, 10, 10, 9, 0)));

    fire(timer(reminders), LocalDateTime.of(2026, 10, 10, 9, 0));
    runJobs(reminders);
    assertThat(mailRecipients()).containsExactlyInAnyOrderElementsOf(emails(PERSONS));
    assertThat(jdbc.queryForList("select kind || ' ' || remind_at || ' ' || status from meeting_reminder"
        + " where meeting_id = ? order by id", String.class, meeting.id())).containsExactly(
            "DAY_BEFORE 2026-10-13 09:00:00 WITHDRAWN", "DAY_BEFORE 2026-10-10 09:00:00 SENT",
            "SHORTLY_BEFORE 2026-10-12 09:30:00 SCHEDULED");
    assertThat(timer(reminders).getDuedate()).isEqualTo(SampleMeetings.date(LocalDateTime.of(2026, 10, 12, 9, 30)));
    assertThat(trail(meeting.id())).containsExactly("scheduled", "moved", "scheduled", "sent", "scheduled");
  }

  @Test
  void aMoveAfterAReminderWentOutMovesOnlyTheRemainingOnesAndNobodyIsRemindedTwice() throws Exception {
    MeetingRecord meeting = meeting("work_deployment", LocalDateTime.of(2026, 10, 20, 10, 0));
    ProcessInstance reminders = noticeSent(meeting, false, LocalDateTime.of(2026, 9, 28, 10, 0));
    fire(timer(reminders), LocalDateTime.of(2026, 10, 19, 9, 0));
    runJobs(reminders);
    assertThat(mailRecipients()).hasSize(4);
    assertThat(timer(reminders).getDuedate()).isEqualTo(SampleMeetings.date(LocalDateTime.of(2026, 10, 20, 9, 30)));

    // Later the same day: the working-day reminder (10-19 09:00) stays as sent, the 30 minutes follow.
    move(meeting, meeting.plannedStart(), LocalDateTime.of(2026, 10, 20, 15, 0));
    assertThat(timer(reminders).getDuedate()).isEqualTo(SampleMeetings.date(LocalDateTime.of(2026, 10, 20, 14, 30)));

    fire(timer(reminders), LocalDateTime.of(2026, 10, 20, 14, 30));
    runJobs(reminders);
    assertThat(mailRecipients()).hasSize(8);
    assertThat(deliveries(meeting.id(), ReminderKind.DAY_BEFORE)).hasSize(8);
    assertThat(deliveries(meeting.id(), ReminderKind.SHORTLY_BEFORE)).hasSize(8);
    assertThat(jdbc.queryForList("select kind || ' ' || status from meeting_reminder where meeting_id = ? order by id",
        String.class, meeting.id())).containsExactly("DAY_BEFORE SENT", "SHORTLY_BEFORE WITHDRAWN",
            "SHORTLY_BEFORE SENT");

    // Moved once more, nearer: nothing is left to send, the process follows the start and ends there.
    move(meeting, LocalDateTime.of(2026, 10, 20, 15, 0), LocalDateTime.of(2026, 10, 20, 14, 45));
    assertThat(timer(reminders).getDuedate()).isEqualTo(SampleMeetings.date(LocalDateTime.of(2026, 10, 20, 14, 45)));
    fire(timer(reminders), LocalDateTime.of(2026, 10, 20, 14, 45));
    assertThat(reminders).isEnded().hasPassed("nothingDue", "remindersDone");
    assertThat(mailRecipients()).hasSize(8);
  }

  @Test
  void aMoveThatPutsTheWaitingReminderInThePastSkipsItAndSendsTheNextAtItsTime() throws Exception {
    MeetingRecord meeting = meeting("work_deployment", LocalDateTime.of(2026, 10, 22, 10, 0));
    ProcessInstance reminders = noticeSent(meeting, false, LocalDateTime.of(2026, 9, 28, 11, 0));
    assertThat(timer(reminders).getDuedate()).isEqualTo(SampleMeetings.date(LocalDateTime.of(2026, 10, 21, 9, 0)));

    // On 10-21 at 08:00 the meeting is brought forward to 16:00 that day: its working-day reminder (10-20 09:00) has passed.
    ClockUtil.setCurrentTime(SampleMeetings.date(LocalDateTime.of(2026, 10, 21, 8, 0)));
    move(meeting, meeting.plannedStart(), LocalDateTime.of(2026, 10, 21, 16, 0));
    assertThat(timer(reminders).getDuedate()).isEqualTo(SampleMeetings.date(LocalDateTime.of(2026, 10, 21, 15, 30)));

    fire(timer(reminders), LocalDateTime.of(2026, 10, 21, 15, 30));
    runJobs(reminders);
    assertThat(deliveries(meeting.id(), ReminderKind.DAY_BEFORE)).isEmpty();
    assertThat(deliveries(meeting.id(), ReminderKind.SHORTLY_BEFORE)).hasSize(8);
    assertThat(trail(meeting.id())).containsExactly("scheduled", "moved", "skipped", "scheduled", "sent");
  }

  /** Moves the meeting the way meeting/ does: its row, then MeetingRescheduled in the same transaction. */
  private void move(MeetingRecord meeting, LocalDateTime from, LocalDateTime to) {
    inTransaction(() -> {
      jdbc.update("update meeting set planned_start = ?, planned_end = ? where id = ?", Timestamp.valueOf(to),
          Timestamp.valueOf(to.plusHours(2)), meeting.id());
      publisher.publishEvent(new MeetingRescheduled(meeting.id(), from, from.plusHours(2), to, to.plusHours(2),
          "zhouping"));
    });
  }

  @Test
  void aReminderWhoseTimeHasPassedIsSkippedAndRecordedNotSentLateAndOffsetsFollowTheMeetingType()
      throws Exception {
    // 经验交流会: two working days before at 09:00, and 60 minutes before (processes/meeting-reminders.dmn).
    MeetingRecord meeting = meeting("experience_exchange", LocalDateTime.of(2026, 10, 9, 15, 0));
    ProcessInstance reminders = noticeSent(meeting, false, LocalDateTime.of(2026, 9, 30, 10, 0));

    // Two working days before Friday 10-09 would be Wednesday 09-30 09:00: already past.
    Job timer = timer(reminders);
    assertThat(timer.getDuedate()).isEqualTo(SampleMeetings.date(LocalDateTime.of(2026, 10, 9, 14, 0)));
    assertThat(jdbc.queryForList("select kind || ' ' || status from meeting_reminder where meeting_id = ? order by id",
        String.class, meeting.id())).containsExactly("DAY_BEFORE SKIPPED", "SHORTLY_BEFORE SCHEDULED");
    assertThat(events.of(meeting.id())).filteredOn(e -> e.stage().equals("reminder"))
        .extracting(MeetingEvent::action, MeetingEvent::comment).first()
        .isEqualTo(org.assertj.core.groups.Tuple.tuple("skipped", "会前工作日提醒（9月30日 09:00），计算时已过，不再补发"));
    assertThat(mailRecipients()).isEmpty();
  }

  private MeetingRecord meeting(String type, LocalDateTime start) {
    return SampleMeetings.approvedMeeting(meetings, type, start);
  }

  /** The notice stage up to 核实通知到位 at engine time {@code now}; answers the reminder process it started. */
  private ProcessInstance noticeSent(MeetingRecord meeting, boolean important, LocalDateTime now)
      throws Exception {
    ClockUtil.setCurrentTime(SampleMeetings.date(now));
    Map<String, Object> variables = SampleMeetings.stageVariables(meeting);
    variables.put(LifecycleVariables.IMPORTANT, important);
    ProcessInstance notice = runtimeService.startProcessInstanceByKey(NoticeVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), variables);
    Map<String, Object> form = new HashMap<>();
    form.put(NoticeVariables.REQUIREMENTS, "请准时参会");
    form.put(NoticeVariables.PREPARATIONS, "无");
    // The notice's own deadline check reads the wall clock; these tests are not about it.
    form.put(NoticeVariables.LATE_REASON, "测试：会议临近");
    form.put(NoticeVariables.EXCHANGE_THEME, "基层治理经验");
    form.put(NoticeVariables.SPEAKING_REQUIREMENTS, "每人发言不超过十分钟");
    String draft = taskService.createTaskQuery().processInstanceId(notice.getId()).singleResult().getId();
    new AsUser(identityService).run("zhouping", () -> taskService.complete(draft, form));
    runJobs(notice);
    assertThat(notice).isWaitingAt("trackReceipts").hasPassed("scheduleMeetingReminders");
    SMTP.purgeEmailFromAllMailboxes();
    sms.sent.clear();
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ReminderVariables.PROCESS_KEY)
        .processInstanceBusinessKey(MeetingKey.of(meeting.id())).singleResult();
  }

  private Job job(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }

  private Job timer(ProcessInstance pi) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
  }

  /** The job executor reaches the timer's due date and runs it. */
  private void fire(Job timer, LocalDateTime at) {
    ClockUtil.setCurrentTime(SampleMeetings.date(at));
    managementService.executeJob(timer.getId());
  }

  /** Runs every executable non-timer job, as the job executor would. */
  private void runJobs(ProcessInstance pi) {
    for (Job job : managementService.createJobQuery().processInstanceId(pi.getId()).executable().messages().list()) {
      managementService.executeJob(job.getId());
    }
  }

  private void inTransaction(Runnable work) {
    new TransactionTemplate(transactions).executeWithoutResult(tx -> work.run());
  }

  private List<String> deliveries(long meetingId, ReminderKind kind) {
    return jdbc.queryForList("""
        select d.person_user_id || ' ' || d.channel || ' ' || d.status from meeting_reminder_delivery d
          join meeting_reminder r on r.id = d.reminder_id where r.meeting_id = ? and r.kind = ?""",
        String.class, meetingId, kind.name());
  }

  private List<String> trail(long meetingId) {
    return events.of(meetingId).stream().filter(e -> e.stage().equals("reminder")).map(MeetingEvent::action).toList();
  }

  private static List<String> mailRecipients() throws MessagingException {
    List<String> addresses = new ArrayList<>();
    for (MimeMessage message : SMTP.getReceivedMessages()) {
      if (message.getSubject().equals(SUBJECT)) {
        Arrays.stream(message.getAllRecipients()).map(Address::toString).forEach(addresses::add);
      }
    }
    return addresses;
  }

  private static List<String> emails(List<String> userIds) {
    return userIds.stream().map(id -> id + "@agency.example").toList();
  }
}
