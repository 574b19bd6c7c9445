package cn.gov.agency.meeting.message;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.lifecycle.MeetingLifecycle;
import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.NewMeeting;
import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.minutes.MinutesService;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.MeetingDriver;
import cn.gov.agency.meeting.support.OutageMailSender;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleMeetings;
import cn.gov.agency.meeting.support.TestMailServer;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * R5.2 through every channel: a meeting the office marks 涉密 when settling its preparation is
 * driven through the real diagrams — notice (with its escalation), materials (reminder and late
 * alert), 会前提醒, leave with a substitute, staffing and sign-in codes, minutes, distribution and the
 * follow-up of a resolution by a department not entitled to the meeting — with e-mail on against a
 * real SMTP server and SMS captured. No mail (subject, body, invitation) and no SMS carries the
 * meeting's content, its participant list, its minutes, resolutions, reasons or amounts; its title
 * reaches only those {@link MeetingAccess} entitles. An ordinary meeting's messages are those the
 * notice, reminder, distribution and task-reminder tests check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("processtest")
@Import(ConfidentialMeetingMessagesProcessTest.Doubles.class)
class ConfidentialMeetingMessagesProcessTest {

  private static final GreenMail SMTP = TestMailServer.startedOnAFreePort();
  private static final String BASE_URL = "https://meeting.agency.example";

  private static final String TITLE = "TITLE-MARK-专项工作会";
  /** Everything below is the meeting's content in one form or another: never in a message. */
  private static final String CONTENT = "CONTENT-MARK-研究专项事项";
  private static final String GUEST = "PERSON-MARK-张三";
  private static final String GUEST_UNIT = "PERSON-MARK-某单位";
  private static final String REQUIREMENTS = "REQUIREMENTS-MARK-请提前到场";
  private static final String PREPARATIONS = "PREPARATIONS-MARK-准备分解表";
  private static final String LEAVE_REASON = "LEAVE-REASON-MARK-赴省厅培训";
  private static final String LEAVE_COMMENT = "COMMENT-MARK-同意由褚伟代会";
  private static final String MINUTES = "MINUTES-MARK-会议研究了专项事项";
  private static final String RESOLUTION = "RESOLUTION-MARK-制定专项方案";
  private static final String REPORT = "REPORT-MARK-已落实";
  private static final String AMOUNT = "98765";
  private static final List<String> NEVER = List.of("CONTENT-MARK", "PERSON-MARK", "REQUIREMENTS-MARK",
      "PREPARATIONS-MARK", "LEAVE-REASON-MARK", "COMMENT-MARK", "MINUTES-MARK", "RESOLUTION-MARK", "REPORT-MARK",
      AMOUNT);
  /** The people on the list, by the name a message would give them. */
  private static final Map<String, String> PARTICIPANTS = Map.of("fenggang", "冯刚", "wangli", "王丽",
      "qianjun", "钱军", "chenjing", "陈静", "chuwei", "褚伟");

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:meeting-confidential-messages-test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
    registry.add("meeting.public-base-url", () -> BASE_URL);
    // The process-test profile switches e-mail off; this test is about what goes out.
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

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired MeetingRows meetings;
  @Autowired MeetingLifecycle lifecycle;
  @Autowired MinutesService minutes;
  @Autowired MeetingAccess access;
  @Autowired CapturingSms sms;

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void noMessageOfAConfidentialMeetingCarriesItsContentAndItsTitleReachesOnlyTheEntitled() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
    sms.sent.clear();
    MeetingDriver driver = new MeetingDriver(context);
    AsUser as = new AsUser(identityService);
    LocalDateTime start = LocalDateTime.of(2030, 3, 4, 9, 0);
    MeetingRecord meeting = meetings.insertFiled(new NewMeeting("ADHOC", "work_deployment", TITLE, "policy", start,
        start.plusMinutes(150), "待定", CONTENT, new BigDecimal(AMOUNT + ".43"),
        List.of(Participant.person("fenggang"), Participant.person("wangli"), Participant.person("qianjun"),
            Participant.person("chenjing"), Participant.guest(GUEST, GUEST_UNIT)), "zhouping"),
        LocalDateTime.of(2030, 1, 10, 10, 0));

    // 确定筹备事项: important (every channel, SMS too) and 涉密.
    lifecycle.start(meeting.id());
    Map<String, Object> needs = new HashMap<>();
    needs.put("important", true);
    needs.put("needsCatering", false);
    needs.put("needsAccommodation", false);
    needs.put("confidential", true);
    driver.complete(meeting, "settlePreparation", "zhouping", needs);
    assertThat(meetings.find(meeting.id()).orElseThrow().confidential()).isTrue();

    driver.prepareVenue(meeting, "B101");
    // 催办: the notice deadline is near and nothing drafted yet.
    fireTimer(driver.instanceOf(meeting, "meetingNotice"), "noticeDeadlineNear");
    Map<String, Object> draft = new HashMap<>();
    draft.put("noticeRequirements", REQUIREMENTS);
    draft.put("noticePreparations", PREPARATIONS);
    driver.sendNoticeAndConfirmReceipts(meeting, draft);

    // Materials: reminded before the deadline, the leader in charge told when it passed.
    String materials = driver.instanceOf(meeting, "meetingMaterials");
    fireTimer(materials, "materialsDueSoon");
    fireTimer(materials, "materialsDeadlinePassed");
    driver.prepareMaterials(meeting, "agenda", "leader_speech", "work_report");
    driver.approveBudget(meeting);

    // 请假与代会: 冯刚 asks, 褚伟 stands in and gets the notice.
    RestClient.Response asked = RestClient.as("fenggang", port).post(
        "/api/meetings/" + meeting.id() + "/leave-requests", Map.of("reason", LEAVE_REASON,
            "substituteUserId", "chuwei"));
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    Map<String, Object> decision = new HashMap<>();
    decision.put("leaveDecision", "approve");
    decision.put("leaveComment", LEAVE_COMMENT);
    driver.complete(meeting, "decideLeave", "wangli", decision);
    runJobs(driver.instanceOf(meeting, "leaveRequest"));

    // 会前提醒: the working day before at 09:00, then 30 minutes before.
    String reminders = driver.instanceOf(meeting, "meetingReminders");
    fireTimerAt(reminders, LocalDateTime.of(2030, 3, 1, 9, 0));
    runJobs(reminders);
    fireTimerAt(reminders, LocalDateTime.of(2030, 3, 4, 8, 30));
    runJobs(reminders);
    ClockUtil.reset();

    // 会务分工: the sign-in codes go out; the window closes, the meeting is held.
    driver.assignStaff(meeting);
    driver.closeSignIn(meeting);

    // Minutes with a resolution for 科技信息处, a department not entitled to the meeting.
    approveMinutes(meeting, as, driver);
    runJobs(driver.instanceOf(meeting, "minutesDistribution"));
    Task carryOut = driver.openTasks(meeting).get("carryOutResolution");
    assertThat(carryOut).as("the follow-up of the resolution").isNotNull();
    fireTimer(carryOut.getProcessInstanceId(), "deadlineNear");
    Map<String, Object> report = Map.of("followUpReportKind", "completed", "followUpReportText", REPORT,
        "followUpEvidence", REPORT);
    as.run("weilan", () -> taskService.complete(carryOut.getId(), report));
    driver.complete(meeting, "checkCompletion", "zhouping", Map.of("followUpCompletionDecision", "accept"));

    MeetingRecord confidential = meetings.find(meeting.id()).orElseThrow();
    List<Sent> sent = mails();
    sms.sent.forEach(m -> sent.add(new Sent("SMS", m.userId(), m.text(), m.text())));

    // Every kind of message this lifecycle sends went out, and through both channels.
    assertThat(sent).extracting(Sent::subject).anyMatch(s -> s.startsWith("【会议通知】"))
        .anyMatch(s -> s.startsWith("【会务管理系统】会议通知即将逾期"))
        .anyMatch(s -> s.startsWith("【会务管理系统】会议材料逾期未报送"))
        .anyMatch(s -> s.startsWith("【会务管理系统】请假申请"))
        .anyMatch(s -> s.startsWith("【会前提醒】"))
        .anyMatch(s -> s.startsWith("【会议签到】"))
        .anyMatch(s -> s.contains("印发】"))
        .anyMatch(s -> s.startsWith("【会务管理系统】新待办"))
        .anyMatch(s -> s.startsWith("【会务管理系统】待办即将到期"));
    assertThat(sent).filteredOn(s -> s.channel().equals("SMS")).extracting(Sent::text)
        .anyMatch(t -> t.contains("会议通知")).anyMatch(t -> t.contains("会前提醒"))
        .anyMatch(t -> t.contains("即将逾期"));
    assertThat(sent).filteredOn(s -> s.userId().equals("chuwei")).extracting(Sent::subject)
        .as("the substitute got the notice").anyMatch(s -> s.startsWith("【会议通知】"));

    List<String> leaks = new ArrayList<>();
    for (Sent message : sent) {
      for (String never : NEVER) {
        if (message.text().contains(never)) {
          leaks.add(message + " carries " + never);
        }
      }
      PARTICIPANTS.forEach((userId, name) -> {
        if (!userId.equals(message.userId()) && message.text().contains(name)) {
          leaks.add(message + " names participant " + name);
        }
      });
      if (message.text().contains("TITLE-MARK") && !access.isEntitled(message.userId(), confidential)) {
        leaks.add(message + " names the meeting to someone not entitled");
      }
    }
    assertThat(leaks).isEmpty();

    // Not vacuous: the title went to the entitled, and people not entitled were told something.
    assertThat(sent).filteredOn(s -> s.userId().equals("wangli")).extracting(Sent::subject)
        .anyMatch(s -> s.contains(TITLE));
    List<String> outsiders = sent.stream().map(Sent::userId).distinct()
        .filter(userId -> !access.isEntitled(userId, confidential)).toList();
    assertThat(outsiders).as("recipients not entitled: the responsible department").contains("weilan", "jiangtao");
    assertThat(sent).filteredOn(s -> s.userId().equals("weilan")).extracting(Sent::subject)
        .anyMatch(s -> s.contains("一项涉密会议")).anyMatch(s -> s.startsWith("【会务管理系统】新待办"));
    // The link leads to the page where the entitled read it after login.
    assertThat(sent).filteredOn(s -> s.userId().equals("wangli") && s.subject().startsWith("【会议通知】"))
        .allSatisfy(s -> assertThat(s.text()).contains(BASE_URL + "/app/notice-receipts/"));
  }

  /** Work-deployment minutes with one resolution for 科技信息处, drafted, reviewed and approved. */
  private void approveMinutes(MeetingRecord meeting, AsUser as, MeetingDriver driver) {
    Map<String, Object> draft = new HashMap<>();
    draft.put("startedAt", meeting.plannedStart().toString());
    draft.put("endedAt", meeting.plannedEnd().toString());
    draft.put("place", meeting.place());
    draft.put("content", MINUTES);
    draft.put("resolutions", List.of(Map.of("text", RESOLUTION, "department", "technology",
        "deadline", meeting.plannedStart().toLocalDate().plusMonths(2).toString())));
    as.run("hanmei", () -> minutes.saveDraft(meeting.id(), draft, "hanmei"));
    driver.complete(meeting, "recordMeeting", "hanmei", Map.of());
    driver.complete(meeting, "headReviewMinutes", "fenggang", Map.of("minutesHeadDecision", "approve",
        "minutesHeadComment", "同意"));
    driver.complete(meeting, "leaderApproveMinutes", "qianjun", Map.of("minutesLeaderDecision", "approve",
        "minutesLeaderComment", "同意印发"));
  }

  private void fireTimer(String processInstanceId, String activityId) {
    Job timer = managementService.createJobQuery().processInstanceId(processInstanceId).timers()
        .activityId(activityId).singleResult();
    assertThat(timer).as("timer %s", activityId).isNotNull();
    managementService.executeJob(timer.getId());
  }

  /** The job executor reaches the reminder's time and runs its timer. */
  private void fireTimerAt(String processInstanceId, LocalDateTime at) {
    ClockUtil.setCurrentTime(SampleMeetings.date(at));
    Job timer = managementService.createJobQuery().processInstanceId(processInstanceId).timers().singleResult();
    assertThat(timer).as("reminder timer at %s", at).isNotNull();
    managementService.executeJob(timer.getId());
  }

  private void runJobs(String processInstanceId) {
    List<Job> jobs = managementService.createJobQuery().processInstanceId(processInstanceId).executable().messages()
        .list();
    while (!jobs.isEmpty()) {
      jobs.forEach(job -> managementService.executeJob(job.getId()));
      jobs = managementService.createJobQuery().processInstanceId(processInstanceId).executable().messages().list();
    }
  }

  /** One message as it left: the user it went to, its subject (an SMS: its text) and all its text. */
  record Sent(String channel, String userId, String subject, String text) {
    @Override
    public String toString() {
      return channel + " to " + userId + " «" + subject + "»";
    }
  }

  /** Every mail received, one entry per recipient: subject, body and attachments (invite.ics) as text. */
  private static List<Sent> mails() throws Exception {
    List<Sent> sent = new ArrayList<>();
    for (MimeMessage message : SMTP.getReceivedMessages()) {
      StringBuilder text = new StringBuilder(message.getSubject()).append('\n');
      collect(message, text);
      for (Address address : message.getAllRecipients()) {
        String userId = address.toString().replace("@agency.example", "");
        // Calendar lines are folded at 75 octets; unfolded, a marker cannot hide across a fold.
        sent.add(new Sent("EMAIL", userId, message.getSubject(), text.toString().replace("\r\n ", "")));
      }
    }
    return sent;
  }

  private static void collect(Part part, StringBuilder text) throws Exception {
    Object content = part.getContent();
    if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        collect(multipart.getBodyPart(i), text);
      }
    } else if (content instanceof String string) {
      text.append(string).append('\n');
    } else if (content instanceof InputStream stream) {
      text.append(new String(stream.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
    }
  }
}
