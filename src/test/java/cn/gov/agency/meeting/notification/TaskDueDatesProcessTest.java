package cn.gov.agency.meeting.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.support.SampleMeetings;
import cn.gov.agency.meeting.venue.VenueVariables;
import cn.gov.agency.meeting.support.TestMailServer;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 待办期限: every user task gets a due date on the working-day calendar unless its diagram sets one,
 * and the due-soon sweep reminds its people once. Tasks are created at fixed engine times around
 * the 2026 National Day holiday (10-01..10-07, make-up working day Saturday 10-10).
 */
@SpringBootTest
@ActiveProfiles("processtest")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskDueDatesProcessTest {

  private static final GreenMail SMTP = TestMailServer.startedOnAFreePort();
  private static final String DUE_SOON_SUBJECT = "【会务管理系统】待办即将到期：预订会议场地 — 政策解读部署会";


  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:meeting-task-due-test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
    registry.add("spring.mail.host", () -> SMTP.getSmtp().getBindTo());
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    registry.add("meeting.notification.email-enabled", () -> "true");
    registry.add("meeting.tasks.due-working-days.quickLook", () -> "1");
  }

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired MeetingRows meetings;
  @Autowired DueSoonSweep sweep;

  @BeforeAll
  void deployProbe() {
    BpmnModelInstance probe = Bpmn.createExecutableProcess("dueDateProbe").name("期限测试")
        .camundaHistoryTimeToLive(1)
        .startEvent().name("开始")
        .parallelGateway().name("分支")
        .userTask("quickLook").name("快速查看").camundaCandidateUsers("wangli")
        .endEvent().name("结束")
        .moveToLastGateway()
        .userTask("fixedDeadline").name("固定期限").camundaCandidateUsers("wangli").camundaDueDate("${fixedDue}")
        .endEvent().name("结束")
        .done();
    repositoryService.createDeployment().addModelInstance("due-date-probe.bpmn", probe).deploy();
  }

  @BeforeEach
  void purge() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void aTaskWithoutDueDateInItsDiagramIsDueTwoWorkingDaysLaterOverTheHoliday() {
    // Created Wednesday 09-30; 10-01..10-07 are off, so the 2nd working day after is Friday 10-09.
    Task booking = roomBookingCreatedAt(LocalDateTime.of(2026, 9, 30, 10, 0));
    assertThat(booking.getDueDate()).isEqualTo(SampleMeetings.date(LocalDateTime.of(2026, 10, 9, 18, 0)));
  }

  @Test
  void aConfiguredTaskKeyHasItsOwnWorkingDaysAndADiagramDueDateIsKept() {
    ClockUtil.setCurrentTime(SampleMeetings.date(LocalDateTime.of(2026, 10, 9, 11, 0)));
    String pi = runtimeService.startProcessInstanceByKey("dueDateProbe",
        Map.of("fixedDue", SampleMeetings.date(LocalDateTime.of(2026, 12, 1, 12, 0)))).getId();

    // meeting.tasks.due-working-days.quickLook=1: from Friday 10-09 to the make-up working day Saturday 10-10.
    assertThat(task(pi, "quickLook").getDueDate()).isEqualTo(SampleMeetings.date(LocalDateTime.of(2026, 10, 10, 18, 0)));
    assertThat(task(pi, "fixedDeadline").getDueDate())
        .isEqualTo(SampleMeetings.date(LocalDateTime.of(2026, 12, 1, 12, 0)));
  }

  @Test
  void aTaskDueSoonIsRemindedToItsCandidatesOnceHoweverOftenTheSweepRuns() throws Exception {
    Task booking = roomBookingCreatedAt(LocalDateTime.of(2026, 9, 29, 10, 0));
    assertThat(booking.getDueDate()).isEqualTo(SampleMeetings.date(LocalDateTime.of(2026, 10, 8, 18, 0)));

    ClockUtil.setCurrentTime(SampleMeetings.date(LocalDateTime.of(2026, 10, 6, 18, 0)));
    sweep.run();
    assertThat(dueSoonRecipients()).as("48 hours before: not yet due soon").isEmpty();

    ClockUtil.setCurrentTime(SampleMeetings.date(LocalDateTime.of(2026, 10, 8, 9, 0)));
    sweep.run();
    sweep.run();
    assertThat(dueSoonRecipients()).containsExactlyInAnyOrder("zhouping@agency.example", "liming@agency.example");
  }

  private Task roomBookingCreatedAt(LocalDateTime at) {
    ClockUtil.setCurrentTime(SampleMeetings.date(at));
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings);
    String pi = runtimeService.startProcessInstanceByKey(VenueVariables.PROCESS_KEY, MeetingKey.of(meeting.id()),
        SampleMeetings.stageVariables(meeting)).getId();
    return task(pi, "bookVenue");
  }

  private Task task(String processInstanceId, String key) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
  }

  private static List<String> dueSoonRecipients() throws MessagingException {
    List<String> addresses = new ArrayList<>();
    for (MimeMessage message : SMTP.getReceivedMessages()) {
      if (message.getSubject().equals(DUE_SOON_SUBJECT)) {
        Arrays.stream(message.getAllRecipients()).map(Address::toString).forEach(addresses::add);
      }
    }
    return addresses;
  }
}
