package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingEvents.MeetingEvent;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
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
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on its own in-memory H2 database with the job executor off (tests run the
 * sending jobs), a real SMTP server (GreenMail) behind a mail sender that can be made to fail, and
 * SMS captured. The notice tests share this one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("processtest")
abstract class NoticeTestSupport {

  static final String BASE_URL = "https://meeting.agency.example";
  /** Two tries per channel: the second failure becomes an incident. */
  static final String RETRY_CYCLE = "R2/PT1M";
  static final List<String> PERSONS = List.of("fenggang", "wangli", "qianjun", "chenjing");

  /** One server for the whole run: the cached context keeps pointing at its port. */
  static final GreenMail SMTP = TestMailServer.startedOnAFreePort();


  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:meeting-notice-test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
    registry.add("meeting.public-base-url", () -> BASE_URL);
    registry.add("meeting.notice.retry-cycle", () -> RETRY_CYCLE);
    // The process-test profile switches e-mail off; these tests are about e-mail.
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
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired MeetingRows meetings;
  @Autowired MeetingEvents events;
  @Autowired NoticeService notices;
  @Autowired JdbcTemplate jdbc;
  @Autowired CapturingSms sms;
  @Autowired OutageMailSender mailSender;

  AsUser as;

  @BeforeEach
  void resetDoubles() throws Exception {
    AbstractAssertions.init(engine);
    as = new AsUser(identityService);
    SMTP.purgeEmailFromAllMailboxes();
    sms.sent.clear();
    mailSender.reset();
  }

  MeetingRecord meeting() {
    return SampleMeetings.approvedMeeting(meetings);
  }

  ProcessInstance start(MeetingRecord meeting, Map<String, Object> overrides) {
    Map<String, Object> variables = SampleMeetings.stageVariables(meeting);
    variables.putAll(overrides);
    return runtimeService.startProcessInstanceByKey(NoticeVariables.PROCESS_KEY, MeetingKey.of(meeting.id()),
        variables);
  }

  static Map<String, Object> draftForm() {
    Map<String, Object> form = new HashMap<>();
    form.put(NoticeVariables.REQUIREMENTS, "请提前十分钟到场签到，不得无故缺席");
    form.put(NoticeVariables.PREPARATIONS, "请各部门准备本部门任务分解表");
    return form;
  }

  Task task(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  void complete(ProcessInstance pi, String userId, Map<String, Object> variables) {
    String taskId = task(pi).getId();
    as.run(userId, () -> taskService.complete(taskId, variables));
  }

  Job job(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }

  /** Runs every pending sending job, as the job executor would. */
  void runSendingJobs(ProcessInstance pi) {
    for (Job job : managementService.createJobQuery().processInstanceId(pi.getId()).executable().list()) {
      managementService.executeJob(job.getId());
    }
  }

  /** From a started notice stage to 核实通知到位: drafted on time by the office, every channel sent. */
  long draftedAndSent(ProcessInstance pi) {
    complete(pi, "zhouping", draftForm());
    runSendingJobs(pi);
    return noticeId(pi);
  }

  long noticeId(ProcessInstance pi) {
    return (Long) runtimeService.getVariable(pi.getId(), NoticeVariables.NOTICE_ID);
  }

  /** "wangli EMAIL 1 SENT" per delivery of the notice. */
  List<String> deliveries(long noticeId) {
    return jdbc.query("""
        select r.person_user_id, d.channel, d.send_round, d.status from notice_delivery d
          join notice_recipient r on r.id = d.recipient_id where r.notice_id = ?
         order by r.id, d.send_round, d.channel""",
        (rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " " + rs.getString(4), noticeId);
  }

  List<String> eventActions(long meetingId) {
    return events.of(meetingId).stream().filter(e -> e.stage().equals("notice")).map(MeetingEvent::action).toList();
  }

  /** Every recipient address of every received mail with this subject, one entry per mail and address. */
  static List<String> mailRecipients(String subject) throws MessagingException {
    List<String> addresses = new ArrayList<>();
    for (MimeMessage message : SMTP.getReceivedMessages()) {
      if (message.getSubject().equals(subject)) {
        Arrays.stream(message.getAllRecipients()).map(Address::toString).forEach(addresses::add);
      }
    }
    return addresses;
  }

  static List<String> emails(List<String> userIds) {
    return userIds.stream().map(id -> id + "@agency.example").toList();
  }
}
