package cn.gov.agency.meeting.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.engine.RejectedProcessInput;
import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingEvents.MeetingEvent;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.meeting.TrailLabels;
import cn.gov.agency.meeting.notice.Delivery;
import cn.gov.agency.meeting.notice.NoticeRecipient;
import cn.gov.agency.meeting.notice.NoticeService;
import cn.gov.agency.meeting.notice.NoticeVariables;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.Pages;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import cn.gov.agency.meeting.validation.InvalidInputException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/** Every path of processes/leave-request.bpmn (R5.1) and every refusal of a request, as the demo users. */
@ProcessTest
class LeaveProcessTest {

  @Autowired WebApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired MeetingRows meetings;
  @Autowired MeetingEvents events;
  @Autowired MeetingAccess meetingAccess;
  @Autowired TrailLabels labels;
  @Autowired NoticeService notices;
  @Autowired LeaveProcess leave;
  @Autowired LeaveService service;

  AsUser as;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    as = new AsUser(identityService);
  }

  @Test
  void approvedWithSubstituteTheAttendeeIsOnLeaveAndTheSubstituteJoinsGetsTheNoticeAndReadsTheMaterials() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2031, 4, 7, 9, 0));
    meetings.updateConfidential(meeting.id(), true);
    long noticeId = noticeSentTo(meeting);
    assertThat(meetingAccess.mayReadContent(user("chuwei"), meetings.find(meeting.id()).orElseThrow()))
        .as("not yet on the list of a confidential meeting").isFalse();

    LeaveRequest request = leave.submit(meeting.id(), "fenggang", new LeaveInput("同日赴省厅参加培训", "chuwei"));
    assertThat(request.status()).isEqualTo(LeaveStatus.PENDING);
    ProcessInstance pi = instance(request);
    assertThat(pi).isWaitingAt("decideLeave");
    assertThat(pi.getBusinessKey()).isEqualTo(MeetingKey.of(meeting.id()));
    assertThat(task(pi)).hasCandidateGroup("head-policy").hasCandidateGroup("staff-policy");
    // A confidential meeting: whoever may read the task reads it as 涉密会议 (R5.2, MeetingAccess).
    assertThat(pi).variables().containsEntry("meetingTitle", "涉密会议")
        .containsEntry("hostDepartmentName", "（不公开）").containsEntry("requesterName", "冯刚")
        .containsEntry("substituteName", "褚伟").doesNotContainKey("leaveReason");
    // The reason is the request's, shown on the meeting's leave requests page the decision form links to.
    Pages pages = new Pages(context);
    assertThat(pages.get("/app/meetings/" + meeting.id() + "/leave-requests", "wangli").body())
        .contains("同日赴省厅参加培训", "褚伟");
    assertThat(pages.get("/app/meetings/" + meeting.id() + "/leave-requests", "jiangtao").status())
        .as("another department, not entitled to this confidential meeting").isEqualTo(403);

    decide(pi, "wangli", "approve", null);
    assertThat(pi).isWaitingAt("sendNoticeToSubstitute");
    Job sending = managementService.createJobQuery().processInstanceId(pi.getId()).singleResult();
    managementService.executeJob(sending.getId());
    assertThat(pi).isEnded().hasPassed("recordLeaveDecision", "sendNoticeToSubstitute", "informLeaveRequester");

    List<Attendee> list = meetings.attendees(meeting.id());
    Attendee fenggang = list.stream().filter(a -> "fenggang".equals(a.personUserId())).findFirst().orElseThrow();
    Attendee chuwei = list.stream().filter(a -> "chuwei".equals(a.personUserId())).findFirst().orElseThrow();
    assertThat(fenggang.onLeave()).isTrue();
    assertThat(fenggang.expected()).isFalse();
    assertThat(chuwei.substituteFor()).isEqualTo(fenggang.id());
    assertThat(chuwei.expected()).isTrue();
    assertThat(meetings.participants(meeting.id())).contains(Participant.person("chuwei"));

    LeaveRequest decided = service.request(request.id());
    assertThat(decided.status()).isEqualTo(LeaveStatus.APPROVED);
    assertThat(decided.decidedBy()).isEqualTo("wangli");
    assertThat(decided.substituteAttendeeId()).isEqualTo(chuwei.id());

    // The notice already sent reaches the substitute through its channels, with a receipt to confirm.
    NoticeRecipient recipient = notices.recipientOf(meeting.id(), "chuwei");
    assertThat(recipient.confirmed()).isFalse();
    assertThat(recipient.token()).isNotBlank();
    assertThat(notices.deliveries(noticeId)).filteredOn(d -> d.recipientId() == recipient.id())
        .extracting(Delivery::channel, Delivery::round, Delivery::status)
        .containsExactlyInAnyOrder(
            tuple(cn.gov.agency.meeting.notice.NoticeChannel.EMAIL, 1, Delivery.DeliveryStatus.CHANNEL_OFF),
            tuple(cn.gov.agency.meeting.notice.NoticeChannel.IN_APP, 1, Delivery.DeliveryStatus.SENT));
    assertThat(notices.inAppNoticesOf("chuwei")).extracting(n -> n.meetingId()).contains(meeting.id());
    assertThat(notices.isRecipient(meeting.id(), "chuwei")).isTrue();

    assertThat(meetingAccess.mayReadContent(user("chuwei"), meetings.find(meeting.id()).orElseThrow()))
        .as("the substitute is a participant of the confidential meeting now").isTrue();
    assertThat(trail(meeting)).extracting(MeetingEvent::action, MeetingEvent::actorUserId).containsExactly(
        tuple("REQUESTED", "fenggang"), tuple("APPROVED", "wangli"), tuple("SUBSTITUTE_NOTIFIED", "system"));
    assertThat(trail(meeting)).allSatisfy(e -> assertThat(labels.action(e.stage(), e.action())).isNotBlank());
  }

  @Test
  void approvedWithoutSubstituteWhereTheTypeDoesNotRequireOne() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "business_seminar",
        LocalDateTime.of(2031, 4, 8, 9, 0));
    LeaveRequest request = leave.submit(meeting.id(), "chenjing", new LeaveInput("外出调研", " "));
    ProcessInstance pi = instance(request);
    assertThat(pi).variables().containsEntry("hasSubstitute", false);

    decide(pi, "fenggang", "approve", "同意");
    assertThat(pi).isEnded().hasPassed("informLeaveRequester").hasNotPassed("sendNoticeToSubstitute");

    List<Attendee> list = meetings.attendees(meeting.id());
    assertThat(list).hasSize(5);
    assertThat(list).filteredOn(a -> "chenjing".equals(a.personUserId())).singleElement()
        .satisfies(a -> assertThat(a.onLeave()).isTrue());
    assertThat(service.request(request.id()).status()).isEqualTo(LeaveStatus.APPROVED);
    assertThat(service.request(request.id()).decisionComment()).isEqualTo("同意");
  }

  /** Issue #22: the decision lands on the request bound to the instance, whatever leaveRequestId says. */
  @Test
  void theDecisionLandsOnTheBoundRequestAndOnlyTheHostDepartmentDecides() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "business_seminar",
        LocalDateTime.of(2031, 4, 10, 9, 0));
    LeaveRequest chenjing = leave.submit(meeting.id(), "chenjing", new LeaveInput("外出调研", " "));
    LeaveRequest qianjun = leave.submit(meeting.id(), "qianjun", new LeaveInput("另有公务", " "));
    ProcessInstance pi = instance(chenjing);
    // An administrator's repair points the id variable at the other request: it is not followed.
    runtimeService.setVariable(pi.getId(), LeaveVariables.LEAVE_REQUEST_ID, qianjun.id());
    runtimeService.setVariable(pi.getId(), "hostDepartment", "business");

    assertThatThrownBy(() -> decide(pi, "admin", "approve", null)).isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("head-policy").hasMessageContaining("staff-policy");
    assertThat(service.request(chenjing.id()).status()).isEqualTo(LeaveStatus.PENDING);

    decide(pi, "wangli", "approve", null);
    assertThat(service.request(chenjing.id()).status()).isEqualTo(LeaveStatus.APPROVED);
    assertThat(service.request(chenjing.id()).decidedBy()).isEqualTo("wangli");
    assertThat(service.request(qianjun.id()).status()).isEqualTo(LeaveStatus.PENDING);
  }

  @Test
  void refusedNothingChangesAndTheAttendeeStaysExpectedAndMayAskAgain() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2031, 4, 9, 9, 0));
    LeaveRequest request = leave.submit(meeting.id(), "qianjun", new LeaveInput("另有公务", "hanmei"));
    ProcessInstance pi = instance(request);

    assertThatThrownBy(() -> decide(pi, "wangli", "refuse", " ")).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("leaveComment");
    assertThat(pi).isWaitingAt("decideLeave");

    decide(pi, "wangli", "refuse", "本次会议部署重点任务，请按时参会");
    assertThat(pi).isEnded().hasPassed("informLeaveRequester").hasNotPassed("sendNoticeToSubstitute");
    assertThat(meetings.attendees(meeting.id())).hasSize(5).noneMatch(Attendee::onLeave)
        .noneMatch(a -> "hanmei".equals(a.personUserId()));
    LeaveRequest refused = service.request(request.id());
    assertThat(refused.status()).isEqualTo(LeaveStatus.REFUSED);
    assertThat(refused.decisionComment()).isEqualTo("本次会议部署重点任务，请按时参会");
    assertThat(trail(meeting)).extracting(MeetingEvent::action).containsExactly("REQUESTED", "REFUSED");
    assertThat(service.upcomingMeetingsOf("qianjun")).filteredOn(m -> m.meeting().id() == meeting.id())
        .singleElement().satisfies(m -> {
          assertThat(m.leave().status()).isEqualTo(LeaveStatus.REFUSED);
          assertThat(m.mayAsk()).isTrue();
        });
  }

  @Test
  void aSubstituteIsRequiredWhereTheTypeSaysSoAndMustBeSomeoneNewOfTheOrganisation() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2031, 4, 10, 9, 0));
    assertRefused(meeting, "fenggang", new LeaveInput("出差", null), "substituteUserId", "required");
    assertRefused(meeting, "fenggang", new LeaveInput("出差", "fenggang"), "substituteUserId", "not-self");
    assertRefused(meeting, "fenggang", new LeaveInput("出差", "nobody"), "substituteUserId", "known-person");
    assertRefused(meeting, "fenggang", new LeaveInput("出差", "wangli"), "substituteUserId", "not-on-list");
    assertRefused(meeting, "fenggang", new LeaveInput(" ", "chuwei"), "reason", "required");
    assertRefused(meeting, "fenggang", new LeaveInput("长".repeat(501), "chuwei"), "reason", "max-length");
    assertThat(service.requestsOf(meeting.id())).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(LeaveVariables.PROCESS_KEY)
        .processInstanceBusinessKey(MeetingKey.of(meeting.id())).count()).isZero();

    leave.submit(meeting.id(), "fenggang", new LeaveInput("出差", "chuwei"));
    assertRefused(meeting, "fenggang", new LeaveInput("出差", "weilan"), "requester", "not-asked");
    assertRefused(meeting, "wangli", new LeaveInput("出差", "chuwei"), "substituteUserId", "not-named-twice");
  }

  @Test
  void noLeaveOnceTheMeetingHasStartedAndNoneForWhoIsNotOnTheList() {
    MeetingRecord started = SampleMeetings.approvedMeeting(meetings, "business_seminar",
        LocalDateTime.now().minusMinutes(30));
    assertRefused(started, "fenggang", new LeaveInput("临时有事", null), "meetingId", "before-start");

    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "business_seminar",
        LocalDateTime.of(2031, 4, 11, 9, 0));
    assertRefused(meeting, "weilan", new LeaveInput("临时有事", null), "requester", "participant");
    assertThat(service.requestsOf(started.id())).isEmpty();
    assertThat(service.requestsOf(meeting.id())).isEmpty();
  }

  @Test
  void onlyTheHostDepartmentDecidesAndNobodyDecidesTheirOwnRequest() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2031, 4, 14, 9, 0));
    ProcessInstance pi = instance(leave.submit(meeting.id(), "fenggang", new LeaveInput("出差", "chuwei")));
    String taskId = task(pi).getId();
    assertThatThrownBy(() -> as.run("weilan", () -> taskService.complete(taskId,
        Map.of("leaveDecision", "approve")))).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> as.run("qianjun", () -> taskService.complete(taskId,
        Map.of("leaveDecision", "approve")))).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> decide(pi, "fenggang", "approve", null)).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("不能审批本人的请假申请");
    assertThat(pi).isWaitingAt("decideLeave");
    assertThat(meetings.attendees(meeting.id())).noneMatch(Attendee::onLeave);
  }

  private long noticeSentTo(MeetingRecord meeting) {
    ProcessInstance notice = runtimeService.startProcessInstanceByKey(NoticeVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting));
    Map<String, Object> draft = new HashMap<>();
    draft.put(NoticeVariables.REQUIREMENTS, "请提前十分钟到场签到");
    draft.put(NoticeVariables.PREPARATIONS, "请准备本部门任务分解表");
    String taskId = task(notice).getId();
    as.run("zhouping", () -> taskService.complete(taskId, draft));
    for (Job job : managementService.createJobQuery().processInstanceId(notice.getId()).executable().list()) {
      managementService.executeJob(job.getId());
    }
    assertThat(notice).isWaitingAt("trackReceipts");
    return (Long) runtimeService.getVariable(notice.getId(), NoticeVariables.NOTICE_ID);
  }

  private void assertRefused(MeetingRecord meeting, String userId, LeaveInput input, String field, String rule) {
    assertThatThrownBy(() -> leave.submit(meeting.id(), userId, input)).isInstanceOfSatisfying(
        InvalidInputException.class, e -> assertThat(e.violations())
            .anySatisfy(v -> {
              assertThat(v.field()).isEqualTo(field);
              assertThat(v.rule()).isEqualTo(rule);
              assertThat(v.message()).isNotBlank();
            }));
  }

  private void decide(ProcessInstance pi, String userId, String decision, String comment) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(LeaveVariables.DECISION, decision);
    variables.put(LeaveVariables.COMMENT, comment);
    String taskId = task(pi).getId();
    as.run(userId, () -> taskService.complete(taskId, variables));
  }

  private ProcessInstance instance(LeaveRequest request) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(request.processInstanceId()).singleResult();
  }

  private Task task(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  private CurrentUser user(String userId) {
    return new CurrentUser(userId, identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList());
  }

  private List<MeetingEvent> trail(MeetingRecord meeting) {
    return events.of(meeting.id()).stream().filter(e -> e.stage().equals(LeaveVariables.STAGE)).toList();
  }
}
