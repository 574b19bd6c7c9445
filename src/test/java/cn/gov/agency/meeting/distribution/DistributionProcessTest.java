package cn.gov.agency.meeting.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.process.LifecycleVariables;
import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingEvents.MeetingEvent;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.StaffDuty;
import cn.gov.agency.meeting.meeting.TrailLabels;
import cn.gov.agency.meeting.minutes.MinutesVariables;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.MeetingDriver;
import cn.gov.agency.meeting.support.OutageMailSender;
import cn.gov.agency.meeting.support.SampleMeetings;
import cn.gov.agency.meeting.support.TestMailServer;
import cn.gov.agency.meeting.support.SecuredMvc;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * processes/minutes-distribution.bpmn (R7.1, R5.2) with e-mail on against a real SMTP server
 * (GreenMail) behind a sender that can be made to fail: the minutes of a work-deployment meeting,
 * approved the real way, go to the attendees and the responsible department (科技信息处).
 */
@SpringBootTest
@ActiveProfiles("processtest")
@Import(DistributionProcessTest.Doubles.class)
class DistributionProcessTest {

  private static final String SUBJECT = "【会议纪要印发】政策解读部署会";
  /** Two tries per channel: the second failure becomes an incident. */
  private static final String RETRY_CYCLE = "R2/PT1M";
  private static final GreenMail SMTP = TestMailServer.startedOnAFreePort();


  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:meeting-distribution-test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
    registry.add("meeting.distribution.retry-cycle", () -> RETRY_CYCLE);
    registry.add("meeting.public-base-url", () -> "https://meeting.agency.example");
    // The process-test profile switches e-mail off; these tests are about e-mail.
    registry.add("meeting.notification.email-enabled", () -> "true");
  }

  @TestConfiguration
  static class Doubles {
    @Bean
    @Primary
    OutageMailSender outageMailSender() {
      return OutageMailSender.on(SMTP);
    }
  }

  @Autowired ApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired MeetingRows meetings;
  @Autowired MeetingEvents events;
  @Autowired TrailLabels labels;
  @Autowired DistributionService distributions;
  @Autowired JdbcTemplate jdbc;
  @Autowired OutageMailSender mailSender;
  MockMvc mvc;

  @BeforeEach
  void setUp() throws Exception {
    AbstractAssertions.init(engine);
    SMTP.purgeEmailFromAllMailboxes();
    mailSender.reset();
    mvc = SecuredMvc.of((WebApplicationContext) context);
  }

  @Test
  void approvedMinutesReachTheExpectedAttendeesAndTheResponsibleDepartmentInAppAndByEmail() throws Exception {
    MeetingRecord meeting = meetingWithApprovedMinutes(LocalDateTime.of(2037, 3, 2, 9, 0));
    // 陈静 is on leave; 何青 stands in for her (代会).
    Attendee chenjing = attendee(meeting, "chenjing");
    meetings.grantLeave(meeting.id(), chenjing.id(), "heqing");

    ProcessInstance pi = start(meeting);
    assertThat(pi).isWaitingAt("postMinutesInApp", "sendMinutesByEmail");
    runJobs(pi);
    assertThat(pi).isEnded().hasPassed("recordMinutesDistributed");

    long id = distributionId(meeting);
    assertThat(deliveries(id)).containsExactlyInAnyOrder(
        "fenggang ATTENDEE IN_APP SENT", "fenggang ATTENDEE EMAIL SENT",
        "wangli ATTENDEE IN_APP SENT", "wangli ATTENDEE EMAIL SENT",
        "qianjun ATTENDEE IN_APP SENT", "qianjun ATTENDEE EMAIL SENT",
        "heqing ATTENDEE IN_APP SENT", "heqing ATTENDEE EMAIL SENT",
        "jiangtao RESPONSIBLE IN_APP SENT", "jiangtao RESPONSIBLE EMAIL SENT",
        "weilan RESPONSIBLE IN_APP SENT", "weilan RESPONSIBLE EMAIL SENT");
    assertThat(mailRecipients()).containsExactlyInAnyOrder("fenggang@agency.example", "wangli@agency.example",
        "qianjun@agency.example", "heqing@agency.example", "jiangtao@agency.example", "weilan@agency.example");
    assertThat(mailTo("weilan@agency.example")).contains("制定政策解读工作方案", "科技信息处",
        "https://meeting.agency.example/app/my/minutes/");

    List<MyMinutes> mine = distributions.inAppMinutesOf(user("weilan"));
    assertThat(mine).filteredOn(m -> m.meetingId() == meeting.id()).singleElement().satisfies(m -> {
      assertThat(m.reasonLabel()).isEqualTo("决议责任部门");
      assertThat(m.departmentName()).isEqualTo("科技信息处");
      assertThat(m.fullText()).isTrue();
      assertThat(m.readAt()).isNull();
    });
    long recipientId = mine.stream().filter(m -> m.meetingId() == meeting.id()).findFirst().orElseThrow().recipientId();
    assertThat(distributions.reading(recipientId, user("weilan")).minutes().resolutions())
        .extracting(r -> r.text()).containsExactly("制定政策解读工作方案");
    assertThatThrownBy(() -> distributions.markRead(recipientId, "wangli"))
        .isInstanceOf(DistributionService.NotTheRecipientException.class);
    assertThat(distributions.markRead(recipientId, "weilan").readAt()).isNotNull();
    assertThat(distributions.inAppMinutesOf(user("chenjing"))).noneMatch(m -> m.meetingId() == meeting.id());

    assertThat(trail(meeting)).containsExactly("OPENED", "SENT_IN_APP", "SENT_EMAIL", "DISTRIBUTED", "READ");
    assertThat(events.of(meeting.id())).filteredOn(e -> e.stage().equals("distribution")).allSatisfy(event ->
        assertThat(labels.action(event.stage(), event.action())).isNotEqualTo(event.action()));
    assertThat(labels.stage("distribution")).isEqualTo("纪要印发");
  }

  @Test
  void aFailedSendingIsRetriedWithoutSendingTwiceAndBecomesAnIncidentWhenTriesRunOut() throws Exception {
    MeetingRecord meeting = meetingWithApprovedMinutes(LocalDateTime.of(2037, 3, 9, 9, 0));
    ProcessInstance pi = start(meeting);
    managementService.executeJob(job(pi, "postMinutesInApp").getId());

    mailSender.allowance.set(2);
    Job email = job(pi, "sendMinutesByEmail");
    assertThatThrownBy(() -> managementService.executeJob(email.getId()))
        .hasMessageContaining("电子邮件失败，4 人未送达");
    long id = distributionId(meeting);
    // The refused mails leave no SENDING behind: they certainly did not go out, the retry sends them.
    assertThat(deliveries(id)).filteredOn(d -> d.contains(" EMAIL ")).hasSize(2).allMatch(d -> d.endsWith(" SENT"));
    assertThat(job(pi, "sendMinutesByEmail").getRetries()).isEqualTo(1);

    assertThatThrownBy(() -> managementService.executeJob(email.getId())).isInstanceOf(RuntimeException.class);
    assertThat(job(pi, "sendMinutesByEmail").getRetries()).isZero();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).activityId("sendMinutesByEmail")
        .count()).isEqualTo(1);
    assertThat(deliveries(id)).filteredOn(d -> d.contains(" EMAIL ")).hasSize(2);

    // The mail server is back; the administrator gives the step another try in Cockpit.
    mailSender.allowance.set(Integer.MAX_VALUE);
    managementService.setJobRetries(email.getId(), 1);
    managementService.executeJob(email.getId());
    runJobs(pi);
    assertThat(pi).isEnded();
    assertThat(deliveries(id)).filteredOn(d -> d.contains(" EMAIL SENT")).hasSize(6);
    List<String> recipients = mailRecipients();
    assertThat(recipients).hasSize(6).doesNotHaveDuplicates();
  }

  @Test
  void aConfidentialMeetingsMinutesReachOnlyThoseEntitledAndNeverTravelByEmail() throws Exception {
    MeetingRecord meeting = meetingWithApprovedMinutes(LocalDateTime.of(2037, 3, 16, 9, 0));
    meetings.updateConfidential(meeting.id(), true);
    ProcessInstance pi = start(meeting);
    runJobs(pi);
    assertThat(pi).isEnded();

    long id = distributionId(meeting);
    assertThat(distributions.recipients(id)).extracting(MinutesRecipient::userId, MinutesRecipient::fullText)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("fenggang", true),
            org.assertj.core.groups.Tuple.tuple("wangli", true), org.assertj.core.groups.Tuple.tuple("qianjun", true),
            org.assertj.core.groups.Tuple.tuple("chenjing", true),
            org.assertj.core.groups.Tuple.tuple("jiangtao", false), org.assertj.core.groups.Tuple.tuple("weilan", false));

    long jiangtao = recipientOf(id, "jiangtao");
    DistributionService.Reading notice = distributions.reading(jiangtao, user("jiangtao"));
    assertThat(notice.minutes()).isNull();
    assertThat(notice.resolutionsConcerning()).isEqualTo(1);
    assertThat(notice.departmentName()).isEqualTo("科技信息处");
    assertThat(notice.meeting().content()).isNull();
    assertThat(notice.meeting().busy()).isTrue();
    assertThat(notice.meetingTitle()).isEqualTo("涉密会议");
    assertThat(notice.hostDepartmentName()).isNull();
    assertThat(distributions.reading(recipientOf(id, "wangli"), user("wangli")).minutes()).isNotNull();

    // Item 4 of issue 17: someone not entitled is not told the meeting's title either — not by
    // mail, not on 我收到的会议纪要, not on the page the mail links to.
    assertThat(mailTo("jiangtao@agency.example", "【会议纪要印发】一项涉密会议"))
        .contains("一项涉密会议的会议纪要已经审定印发", "由贵部门（科技信息处）负责落实")
        .doesNotContain("制定政策解读工作方案", "政策解读部署会");
    assertThat(distributions.inAppMinutesOf(user("jiangtao"))).filteredOn(m -> m.meetingId() == meeting.id())
        .singleElement().satisfies(m -> assertThat(m.meetingTitle()).isEqualTo("涉密会议"));
    assertThat(mailTo("wangli@agency.example")).contains("政策解读部署会", "请登录会务管理系统查阅")
        .doesNotContain("制定政策解读工作方案", "传达上级精神");
    assertThat(distributions.inAppMinutesOf(user("wangli"))).filteredOn(m -> m.meetingId() == meeting.id())
        .singleElement().satisfies(m -> assertThat(m.meetingTitle()).isEqualTo("政策解读部署会"));
  }

  @Test
  void aMailWhoseSendingACrashCutOffIsNotSentAgainButShownToTheOfficeAsToBeChecked() throws Exception {
    MeetingRecord meeting = meetingWithApprovedMinutes(LocalDateTime.of(2037, 3, 23, 9, 0));
    ProcessInstance pi = start(meeting);
    managementService.executeJob(job(pi, "postMinutesInApp").getId());

    // The server takes the third mail, then the application dies before recording it as sent.
    mailSender.handOversBeforeCrash.set(2);
    String email = job(pi, "sendMinutesByEmail").getId();
    assertThatThrownBy(() -> managementService.executeJob(email)).hasRootCauseInstanceOf(OutageMailSender.SimulatedCrash.class);
    long id = distributionId(meeting);
    assertThat(deliveries(id)).filteredOn(d -> d.contains(" EMAIL ")).map(d -> d.substring(d.lastIndexOf(' ') + 1))
        .containsExactlyInAnyOrder("SENT", "SENT", "SENDING");
    assertThat(mailRecipients()).hasSize(3);

    // The restarted application runs the step again.
    managementService.executeJob(email);
    runJobs(pi);
    assertThat(pi).isEnded();
    assertThat(mailRecipients()).hasSize(6).doesNotHaveDuplicates();
    assertThat(deliveries(id)).filteredOn(d -> d.contains(" EMAIL ")).map(d -> d.substring(d.lastIndexOf(' ') + 1))
        .containsExactlyInAnyOrder("SENT", "SENT", "UNCONFIRMED", "SENT", "SENT", "SENT");
    assertThat(events.of(meeting.id())).filteredOn(e -> e.action().equals("SENT_EMAIL")).singleElement()
        .satisfies(e -> assertThat(e.comment()).contains("本次发送 3 人", "1 人发送中断、未重发，待核实"));

    String page = as(get("/app/meetings/" + meeting.id() + "/distribution").accept(MediaType.TEXT_HTML), "zhouping")
        .getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("1 人的纪要邮件发送中断", "电子邮件：<strong class=\"error\">发送中断，待核实是否收到</strong>");
    String api = as(get("/api/meetings/" + meeting.id() + "/distribution"), "zhouping").getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(api).contains("\"status\":\"UNCONFIRMED\"", "\"statusLabel\":\"发送中断，待核实是否收到\"");
  }

  // --- helpers ---

  /** A meeting of 政策法规处 whose minutes (one resolution for 科技信息处) were approved through 会议纪要. */
  private MeetingRecord meetingWithApprovedMinutes(LocalDateTime start) {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment", start);
    meetings.nameStaff(meeting.id(), StaffDuty.RECORDER, List.of("hanmei"));
    Map<String, Object> stage = SampleMeetings.stageVariables(meeting);
    stage.put(LifecycleVariables.RECORDER, "hanmei");
    runtimeService.startProcessInstanceByKey(MinutesVariables.PROCESS_KEY, MeetingKey.of(meeting.id()), stage);
    new MeetingDriver(context).approveMinutes(meeting, "technology", start.toLocalDate().plusMonths(2).toString());
    return meetings.find(meeting.id()).orElseThrow();
  }

  private MvcResult as(MockHttpServletRequestBuilder request, String user) throws Exception {
    return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Basic "
        + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))).andReturn();
  }

  private ProcessInstance start(MeetingRecord meeting) {
    return runtimeService.startProcessInstanceByKey(DistributionVariables.PROCESS_KEY, MeetingKey.of(meeting.id()),
        SampleMeetings.stageVariables(meeting));
  }

  private Job job(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }

  private void runJobs(ProcessInstance pi) {
    for (Job job : managementService.createJobQuery().processInstanceId(pi.getId()).executable().list()) {
      managementService.executeJob(job.getId());
    }
  }

  private Attendee attendee(MeetingRecord meeting, String userId) {
    return meetings.attendees(meeting.id()).stream().filter(a -> userId.equals(a.personUserId())).findFirst()
        .orElseThrow();
  }

  private long distributionId(MeetingRecord meeting) {
    return distributions.latestOf(meeting.id()).orElseThrow().id();
  }

  private long recipientOf(long distributionId, String userId) {
    return distributions.recipients(distributionId).stream().filter(r -> r.userId().equals(userId)).findFirst()
        .orElseThrow().id();
  }

  private CurrentUser user(String userId) {
    return new CurrentUser(userId, identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList());
  }

  /** "wangli ATTENDEE EMAIL SENT" per delivery. */
  private List<String> deliveries(long distributionId) {
    return jdbc.query("""
        select r.user_id, r.reason, d.channel, d.status from minutes_delivery d
          join minutes_recipient r on r.id = d.recipient_id where r.distribution_id = ? order by d.id""",
        (rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4),
        distributionId);
  }

  private List<String> trail(MeetingRecord meeting) {
    return events.of(meeting.id()).stream().filter(e -> e.stage().equals("distribution"))
        .map(MeetingEvent::action).toList();
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

  private static String mailTo(String address) throws Exception {
    return mailTo(address, SUBJECT);
  }

  private static String mailTo(String address, String subject) throws Exception {
    for (MimeMessage message : SMTP.getReceivedMessages()) {
      if (message.getSubject().equals(subject)
          && Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(address))) {
        return message.getContent().toString();
      }
    }
    throw new AssertionError("no minutes mail to " + address);
  }
}
