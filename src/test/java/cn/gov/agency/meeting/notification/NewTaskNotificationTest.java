package cn.gov.agency.meeting.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.agency.meeting.engine.RejectedProcessInput;
import cn.gov.agency.meeting.message.SmsGateway;
import cn.gov.agency.meeting.message.SmsMessage;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.SampleForms;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 新待办提醒 end to end: the real ad-hoc application process run as the demo users, reminders
 * received by a real SMTP server (GreenMail), SMS captured by a test double, preferences changed
 * over HTTP. Reminders are sent on the calling thread right after the commit, so once an engine
 * call has returned every reminder it caused has reached the SMTP server: "nothing received"
 * right after the call means nothing was sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("processtest")
@ExtendWith(OutputCaptureExtension.class)
class NewTaskNotificationTest {

  private static final String BASE_URL = "https://meeting.agency.example";
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final GreenMailExtension smtp =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    // A database of its own, so the rows and mails counted here are this class's alone.
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:meeting-notification-test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
    registry.add("spring.mail.host", () -> smtp.getSmtp().getBindTo());
    registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    registry.add("meeting.public-base-url", () -> BASE_URL);
    registry.add("meeting.notification.email-enabled", () -> true);
  }

  @TestConfiguration
  static class SmsDouble {
    @Bean
    @Primary
    CapturingSmsGateway capturingSmsGateway() {
      return new CapturingSmsGateway();
    }
  }

  static class CapturingSmsGateway implements SmsGateway {
    final List<SmsMessage> sent = new CopyOnWriteArrayList<>();
    volatile boolean down;

    @Override
    public void send(SmsMessage message) {
      if (down) {
        // Like real gateways, the error names the number: it must not reach the log or the ledger.
        throw new IllegalStateException("gateway refused " + message.phone());
      }
      sent.add(message);
    }
  }

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired NewTaskNotifier notifier;
  @Autowired NotificationPreferences preferences;
  @Autowired CapturingSmsGateway sms;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;
  @Autowired java.time.Clock clock;
  @Autowired PlatformTransactionManager transactions;

  AsUser as;

  @BeforeEach
  void setUp() throws Exception {
    as = new AsUser(identityService);
    smtp.purgeEmailFromAllMailboxes();
    sms.sent.clear();
    sms.down = false;
    jdbc.update("delete from notification_preference");
  }

  @Test
  void anApplicationRemindsTheLeaderInChargeOnlyWithALinkToTheTask() throws Exception {
    ProcessInstance pi = apply("wangli", SampleForms.adhocApplication());
    String taskId = task(pi).getId();

    assertThat(recipients(1)).containsExactly("qianjun@agency.example");
    MimeMessage mail = smtp.getReceivedMessages()[0];
    assertThat(mail.getSubject()).isEqualTo("【会务管理系统】新待办：分管领导审批 — 政策解读部署会");
    String body = (String) mail.getContent();
    // No due date in the diagram: the configured working-day one (meeting.tasks.due-working-days).
    String due = java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")
        .format(task(pi).getDueDate().toInstant().atZone(ZoneId.of("Asia/Shanghai")));
    assertThat(body).contains("钱军，您好", "待办事项：分管领导审批", "所属会议：政策解读部署会", "办理期限：" + due)
        .doesNotContain("紧急");

    Matcher link = Pattern.compile(Pattern.quote(BASE_URL) + "(\\S+)").matcher(body);
    assertThat(link.find()).isTrue();
    assertThat(link.group(1)).isEqualTo("/camunda/app/tasklist/default/#/?task=" + taskId);
    String page = link.group(1).substring(0, link.group(1).indexOf('#'));
    assertThat(http("GET", page, null, null).statusCode()).as("Tasklist behind the link").isEqualTo(200);

    assertThat(ledger(taskId)).containsExactly("qianjun EMAIL sent");
  }

  @Test
  void theAnnualPlanReminderTellsTheDepartmentThatItsDeadlineIsNear() throws Exception {
    java.time.LocalDate today = java.time.LocalDate.now(clock);
    ProcessInstance pi = as.call("zhouping", () -> runtimeService.startProcessInstanceByKey("annualMeetingPlan",
        Map.of("planYear", today.getYear() + 1, "submissionDeadline", today.plusDays(10).toString())));
    // Every department's staff but the office clerk who started it hears of the new task first.
    assertThat(recipients(5)).doesNotContain("zhouping@agency.example");
    smtp.purgeEmailFromAllMailboxes();

    Task policy = taskService.createTaskQuery().processInstanceId(pi.getId()).taskCandidateGroup("staff-policy")
        .singleResult();
    String reminderJob = managementService.createJobQuery().processInstanceId(pi.getId()).activityId("reminderDue")
        .list().stream().filter(job -> job.getExecutionId().equals(policy.getExecutionId()))
        .findFirst().orElseThrow().getId();
    managementService.executeJob(reminderJob);

    assertThat(recipients(1)).containsExactly("wangli@agency.example");
    MimeMessage mail = smtp.getReceivedMessages()[0];
    assertThat(mail.getSubject()).isEqualTo("【会务管理系统】待办即将到期：编报年度会议计划 — " + (today.getYear() + 1) + "年度会议计划");
    assertThat((String) mail.getContent()).contains("即将到期", "办理期限", "?task=" + policy.getId());
    assertThat(ledger(policy.getId())).contains("wangli EMAIL sent");
  }

  @Test
  void approvalRemindsEveryMemberOfTheOfficeButNotTheLeaderWhoApproved() throws Exception {
    ProcessInstance pi = apply("wangli", SampleForms.adhocApplication());
    recipients(1);
    smtp.purgeEmailFromAllMailboxes();

    complete(pi, "qianjun", Map.of("leaderDecision", "approve"));

    assertThat(task(pi).getTaskDefinitionKey()).isEqualTo("officeFiling");
    assertThat(recipients(2)).containsExactlyInAnyOrder("liming@agency.example", "zhouping@agency.example");
    for (MimeMessage mail : smtp.getReceivedMessages()) {
      assertThat(mail.getSubject()).isEqualTo("【会务管理系统】新待办：办公室备案 — 政策解读部署会");
    }
  }

  @Test
  void aTaskCreatedWithAnAssigneeRemindsThemOnce() throws Exception {
    ProcessInstance pi = apply("wangli", SampleForms.adhocApplication());
    recipients(1);
    smtp.purgeEmailFromAllMailboxes();

    // Creating a task with an assignee fires both "assignment" and "create".
    complete(pi, "qianjun", Map.of("leaderDecision", "return", "leaderComment", "请压缩参会人数"));

    assertThat(task(pi).getAssignee()).isEqualTo("wangli");
    assertThat(recipients(1)).containsExactly("wangli@agency.example");
    assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("【会务管理系统】新待办：修改申请 — 政策解读部署会");
  }

  @Test
  void nothingIsSentOrKeptForATaskWhoseTransactionRolledBack() {
    long rowsBefore = ledgerRows();
    Map<String, Object> invalid = SampleForms.adhocApplication();
    invalid.put("budgetEstimate", -1);
    assertThatThrownBy(() -> apply("wangli", invalid)).isInstanceOf(RejectedProcessInput.class);

    // The input check fails before any task exists; here the task and its reminder are really
    // created, and then the surrounding transaction rolls back.
    String[] taskId = new String[1];
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      taskId[0] = task(apply("wangli", SampleForms.adhocApplication())).getId();
      assertThat(ledger(taskId[0])).as("recorded with the task").containsExactly("qianjun EMAIL pending");
      status.setRollbackOnly();
    });

    assertThat(taskService.createTaskQuery().taskId(taskId[0]).count()).isZero();
    assertThat(ledgerRows()).isEqualTo(rowsBefore);
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void theSameTaskAndPersonAreRemindedOnlyOnce() throws Exception {
    String taskId = task(apply("wangli", SampleForms.adhocApplication())).getId();
    recipients(1);

    // Every reassignment fires the listener again.
    taskService.setAssignee(taskId, "qianjun");
    taskService.setAssignee(taskId, "fenggang");
    taskService.setAssignee(taskId, "qianjun");
    assertThat(recipients(2)).containsExactlyInAnyOrder("qianjun@agency.example", "fenggang@agency.example");

    // The same event delivered twice, in two transactions.
    NewTask task = new NewTask(taskId, "分管领导审批", "政策解读部署会", null, 50);
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    transaction.executeWithoutResult(status -> notifier.taskReached(task, List.of("liming"), null));
    transaction.executeWithoutResult(status -> notifier.taskReached(task, List.of("liming"), null));
    assertThat(recipients(3)).containsExactlyInAnyOrder(
        "qianjun@agency.example", "fenggang@agency.example", "liming@agency.example");
    assertThat(ledger(taskId)).containsExactly("fenggang EMAIL sent", "liming EMAIL sent", "qianjun EMAIL sent");
  }

  @Test
  void whoeverCausesTheTaskToReachThemIsNotReminded() throws Exception {
    preferences.change("qianjun", new NotificationSettings(false));
    String taskId = task(apply("wangli", SampleForms.adhocApplication())).getId();
    preferences.change("qianjun", new NotificationSettings(true));
    assertThat(ledger(taskId)).as("not told yet, so only the causer rule can keep him from a reminder").isEmpty();

    as.run("qianjun", () -> taskService.claim(taskId, "qianjun"));
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(ledger(taskId)).isEmpty();

    // The same assignment by a system step (no one logged in) does reach him.
    taskService.setAssignee(taskId, null);
    taskService.setAssignee(taskId, "qianjun");
    assertThat(recipients(1)).containsExactly("qianjun@agency.example");
  }

  @Test
  void theDueDateIsInTheMail() throws Exception {
    String taskId = task(apply("wangli", SampleForms.adhocApplication())).getId();
    recipients(1);
    smtp.purgeEmailFromAllMailboxes();

    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    task.setDueDate(Date.from(LocalDateTime.of(2030, 3, 1, 17, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    taskService.saveTask(task);
    taskService.setAssignee(taskId, "fenggang");

    assertThat(recipients(1)).containsExactly("fenggang@agency.example");
    assertThat((String) smtp.getReceivedMessages()[0].getContent()).contains("办理期限：2030年3月1日 17:00");
  }

  @Test
  void anUrgentTaskAlsoGoesOutBySms() throws Exception {
    String taskId = task(apply("wangli", SampleForms.adhocApplication())).getId();
    recipients(1);
    assertThat(sms.sent).as("default priority 50 is not urgent").isEmpty();

    taskService.setPriority(taskId, 90);
    taskService.setAssignee(taskId, "qianjun");

    assertThat(sms.sent).singleElement().satisfies(message -> {
      assertThat(message.taskId()).isEqualTo(taskId);
      assertThat(message.userId()).isEqualTo("qianjun");
      assertThat(message.phone()).isEqualTo("13800000002");
      assertThat(message.text()).contains("紧急待办", "分管领导审批", "政策解读部署会",
          BASE_URL + "/camunda/app/tasklist/default/#/?task=" + taskId);
    });
    assertThat(smtp.getReceivedMessages()).as("the mail for this task went out already").hasSize(1);
    assertThat(ledger(taskId)).containsExactly("qianjun EMAIL sent", "qianjun SMS sent");
  }

  @Test
  void aFailedSendIsLoggedOnceWithoutPersonalDataAndRecorded(CapturedOutput output) throws Exception {
    sms.down = true;
    String taskId = task(apply("wangli", SampleForms.adhocApplication())).getId();
    recipients(1);
    taskService.setPriority(taskId, 90);

    taskService.setAssignee(taskId, "qianjun");

    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("qianjun");
    String failure = jdbc.queryForObject(
        "select failure from task_notification where task_id = ? and channel = 'SMS'", String.class, taskId);
    assertThat(failure).isEqualTo("java.lang.IllegalStateException");
    List<String> warnings = output.getAll().lines().filter(line -> line.contains("reminder not sent")).toList();
    assertThat(warnings).singleElement().satisfies(line -> assertThat(line)
        .contains("task=" + taskId, "user=qianjun", "channel=SMS").doesNotContain("13800000002", "钱军"));
    assertThat(output.getAll()).doesNotContain("13800000002");
  }

  @Test
  void withEmailTurnedOffAPersonGetsNoMail() throws Exception {
    HttpResponse<String> off = http("PUT", "/api/notifications/preferences", "qianjun", "{\"emailEnabled\":false}");
    assertThat(off.statusCode()).isEqualTo(200);
    assertThat(json(off).get("emailEnabled").asBoolean()).isFalse();
    assertThat(json(http("GET", "/api/notifications/preferences", "qianjun", null)).get("emailEnabled").asBoolean())
        .isFalse();
    assertThat(json(http("GET", "/api/notifications/preferences", "wangli", null)).get("emailEnabled").asBoolean())
        .as("only one's own setting changes").isTrue();

    String taskId = task(apply("wangli", SampleForms.adhocApplication())).getId();
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(ledger(taskId)).isEmpty();

    assertThat(http("PUT", "/api/notifications/preferences", "qianjun", "{\"emailEnabled\":true}").statusCode())
        .isEqualTo(200);
    apply("wangli", SampleForms.adhocApplication());
    assertThat(recipients(1)).containsExactly("qianjun@agency.example");
  }

  @Test
  void aBadPreferenceRequestIsRefused() throws Exception {
    HttpResponse<String> missing = http("PUT", "/api/notifications/preferences", "qianjun", "{}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(json(missing).at("/violations/0/field").asText()).isEqualTo("emailEnabled");
    assertThat(json(missing).at("/violations/0/rule").asText()).isEqualTo("required");

    assertThat(http("PUT", "/api/notifications/preferences", "qianjun", "{\"emailEnabled\":\"vielleicht\"}")
        .statusCode()).isEqualTo(400);
    assertThat(http("PUT", "/api/notifications/preferences", "qianjun", "emailEnabled=false").statusCode())
        .isEqualTo(400);
    assertThat(http("GET", "/api/notifications/preferences", null, null).statusCode()).isEqualTo(401);
    assertThat(json(http("GET", "/api/notifications/preferences", "qianjun", null)).get("emailEnabled").asBoolean())
        .isTrue();
  }

  private ProcessInstance apply(String applicant, Map<String, Object> form) {
    return as.call(applicant, () -> runtimeService.startProcessInstanceByKey("adhocMeetingApplication", form));
  }

  private void complete(ProcessInstance pi, String user, Map<String, Object> variables) {
    String taskId = task(pi).getId();
    as.run(user, () -> taskService.complete(taskId, variables));
  }

  private Task task(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  /** Waits for exactly {@code count} mails in all, and names their recipients. */
  private List<String> recipients(int count) throws MessagingException {
    assertThat(smtp.waitForIncomingEmail(5000, count)).as("%d mails received", count).isTrue();
    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails).hasSize(count);
    return Arrays.stream(mails).map(mail -> {
      try {
        return mail.getAllRecipients()[0].toString();
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  /** "user CHANNEL sent|pending|failed" for every row of the task, in order. */
  private List<String> ledger(String taskId) {
    return jdbc.query("""
        select user_id, channel, sent_at, failure from task_notification where task_id = ?
         order by user_id, channel
        """, (rs, i) -> rs.getString(1) + " " + rs.getString(2) + " "
            + (rs.getTimestamp(3) != null ? "sent" : rs.getString(4) != null ? "failed" : "pending"), taskId);
  }

  private long ledgerRows() {
    return jdbc.queryForObject("select count(*) from task_notification", Long.class);
  }

  private HttpResponse<String> http(String method, String path, String user, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

}
