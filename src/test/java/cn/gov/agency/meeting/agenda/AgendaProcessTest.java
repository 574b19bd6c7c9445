package cn.gov.agency.meeting.agenda;

import cn.gov.agency.meeting.meeting.MeetingKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.engine.RejectedProcessInput;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingEvents.MeetingEvent;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.TrailLabels;
import cn.gov.agency.meeting.notice.NoticeService;
import cn.gov.agency.meeting.notice.NoticeVariables;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
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
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/meeting-agenda.bpmn as the notice stage starts it (R2): every department proposes topics
 * (or lets its deadline pass) before the office drafts the agenda and the leader in charge fixes it;
 * the notice lists the fixed agenda. The 座谈会 notice carries its theme.
 */
@ProcessTest
class AgendaProcessTest {

  /** The staff of each department of the demo organisation. */
  private static final Map<String, String> STAFF = Map.of("office", "zhouping", "finance", "zhengyan",
      "policy", "wangli", "business", "chenjing", "technology", "weilan", "audit", "heqing");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired MeetingRows meetings;
  @Autowired MeetingEvents events;
  @Autowired TrailLabels labels;
  @Autowired NoticeService notices;
  @Autowired AgendaService agendas;

  AsUser as;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    as = new AsUser(identityService);
  }

  @Test
  void r2_workDeploymentAgendaCollectedFromDepartments() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2042, 3, 4, 9, 0));
    ProcessInstance notice = startNotice(meeting);
    assertThat(notice).isWaitingAt("draftNotice");
    ProcessInstance agenda = agendaOf(meeting);
    assertThat(agenda).isWaitingAt("proposeTopics");
    assertThat(proposalTasks(agenda)).extracting(this::group).containsExactlyInAnyOrder("staff-office",
        "staff-finance", "staff-policy", "staff-business", "staff-technology", "staff-audit");
    assertThat(proposalTasks(agenda)).allSatisfy(task -> assertThat(task.getDueDate()).isNotNull());

    Task business = proposalTask(agenda, "staff-business");
    assertThatThrownBy(() -> as.run("wangli", () -> taskService.complete(business.getId(),
        Map.of(AgendaVariables.PROPOSED_TOPICS, "冒名提报")))).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> propose(agenda, "policy", "x".repeat(201)))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining(AgendaVariables.PROPOSED_TOPICS);

    propose(agenda, "policy", "部署政策解读工作\n\n明确各处室解读任务");
    propose(agenda, "business", "综合业务年度任务分解");
    propose(agenda, "office", "");
    propose(agenda, "finance", "");
    propose(agenda, "technology", "政务系统升级安排");
    // 监察审计处 has not answered: the office cannot draft the agenda yet.
    assertThat(taskService.createTaskQuery().processInstanceId(agenda.getId()).taskDefinitionKey("draftAgenda")
        .count()).isZero();
    assertThat(agendas.agenda(meeting.id()).status()).isEqualTo(AgendaStatus.COLLECTING);

    Job deadline = managementService.createJobQuery().processInstanceId(agenda.getId())
        .activityId("topicDeadlinePassed").singleResult();
    managementService.executeJob(deadline.getId());
    assertThat(agenda).isWaitingAt("draftAgenda");
    assertThat(group(task(agenda))).isEqualTo("office");
    Agenda collected = agendas.agenda(meeting.id());
    assertThat(collected.departments()).extracting(Agenda.DepartmentAnswer::departmentCode,
        Agenda.DepartmentAnswer::statusLabel).contains(
        org.assertj.core.groups.Tuple.tuple("policy", "已提报"), org.assertj.core.groups.Tuple.tuple("office", "无议题"),
        org.assertj.core.groups.Tuple.tuple("audit", "逾期未提报"));
    assertThat(collected.departments().stream().filter(d -> d.departmentCode().equals("policy")).findFirst()
        .orElseThrow().topics()).containsExactly("部署政策解读工作", "明确各处室解读任务");

    assertThatThrownBy(() -> complete(agenda, "zhouping", Map.of(AgendaVariables.AGENDA_ITEMS, " \n ")))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining(AgendaVariables.AGENDA_ITEMS);
    complete(agenda, "zhouping", Map.of(AgendaVariables.AGENDA_ITEMS, "部署政策解读工作\n综合业务年度任务分解"));
    assertThat(agenda).isWaitingAt("approveAgenda");
    assertThat(group(task(agenda))).isEqualTo("leader-policy");
    assertThatThrownBy(() -> complete(agenda, "zhouping", review("approve", "同意")))
        .isInstanceOf(AuthorizationException.class);

    complete(agenda, "qianjun", review("return", "请增加政务系统升级安排"));
    assertThat(agenda).isWaitingAt("draftAgenda");
    assertThat(agendas.agenda(meeting.id()).status()).isEqualTo(AgendaStatus.RETURNED);
    complete(agenda, "zhouping", Map.of(AgendaVariables.AGENDA_ITEMS,
        "部署政策解读工作\n综合业务年度任务分解\n政务系统升级安排\n领导讲话"));
    complete(agenda, "qianjun", review("approve", "同意"));
    assertThat(agenda).isEnded().hasPassed("agendaFixed");
    assertThat(agendas.fixedItems(meeting.id())).contains(
        List.of("部署政策解读工作", "综合业务年度任务分解", "政务系统升级安排", "领导讲话"));

    Map<String, Object> draft = new HashMap<>();
    draft.put(NoticeVariables.REQUIREMENTS, "请准时参会");
    draft.put(NoticeVariables.PREPARATIONS, "请准备本部门任务分解表");
    completeNotice(notice, draft);
    long noticeId = (Long) runtimeService.getVariable(notice.getId(), NoticeVariables.NOTICE_ID);
    assertThat(notices.document(noticeId)).contains("部署政策解读工作", "政务系统升级安排")
        .doesNotContain("各部门表态发言");

    List<MeetingEvent> trail = events.of(meeting.id()).stream().filter(e -> e.stage().equals("agenda")).toList();
    assertThat(trail).extracting(MeetingEvent::action).containsSubsequence("topics-requested", "topics-proposed",
        "no-topics", "topics-late", "drafted", "returned", "drafted", "fixed");
    trail.forEach(e -> assertThat(labels.action(e.stage(), e.action())).as(e.action()).isNotEqualTo(e.action()));
  }

  @Test
  void r2_symposiumNoticeHasTopic() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "symposium", LocalDateTime.of(2042, 5, 6, 9, 0));
    ProcessInstance notice = startNotice(meeting);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(AgendaVariables.PROCESS_KEY)
        .processInstanceBusinessKey(MeetingKey.of(meeting.id())).count()).as("a symposium collects no topics")
        .isZero();
    Map<String, Object> draft = new HashMap<>();
    draft.put(NoticeVariables.REQUIREMENTS, "请准时参会");
    draft.put(NoticeVariables.PREPARATIONS, "请围绕主题准备意见建议");
    assertThatThrownBy(() -> completeNotice(notice, draft)).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining(NoticeVariables.SYMPOSIUM_THEME).hasMessageContaining("座谈主题");

    draft.put(NoticeVariables.SYMPOSIUM_THEME, "优化营商环境");
    completeNotice(notice, draft);
    long noticeId = (Long) runtimeService.getVariable(notice.getId(), NoticeVariables.NOTICE_ID);
    assertThat(notices.document(noticeId)).contains("座谈主题", "优化营商环境");
  }

  private ProcessInstance startNotice(MeetingRecord meeting) {
    return runtimeService.startProcessInstanceByKey(NoticeVariables.PROCESS_KEY, MeetingKey.of(meeting.id()),
        SampleMeetings.stageVariables(meeting));
  }

  private void completeNotice(ProcessInstance notice, Map<String, Object> draft) {
    String taskId = task(notice).getId();
    as.run("zhouping", () -> taskService.complete(taskId, draft));
  }

  private ProcessInstance agendaOf(MeetingRecord meeting) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(AgendaVariables.PROCESS_KEY)
        .processInstanceBusinessKey(MeetingKey.of(meeting.id())).singleResult();
  }

  private List<Task> proposalTasks(ProcessInstance agenda) {
    return taskService.createTaskQuery().processInstanceId(agenda.getId()).taskDefinitionKey("proposeTopics").list();
  }

  private Task proposalTask(ProcessInstance agenda, String group) {
    return proposalTasks(agenda).stream().filter(task -> group(task).equals(group)).findFirst().orElseThrow();
  }

  private void propose(ProcessInstance agenda, String department, String topics) {
    Task task = proposalTask(agenda, "staff-" + department);
    as.run(STAFF.get(department), () -> taskService.complete(task.getId(),
        Map.of(AgendaVariables.PROPOSED_TOPICS, topics)));
  }

  private Task task(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  private void complete(ProcessInstance pi, String user, Map<String, Object> variables) {
    String taskId = task(pi).getId();
    as.run(user, () -> taskService.complete(taskId, variables));
  }

  private static Map<String, Object> review(String decision, String comment) {
    return Map.of(AgendaVariables.DECISION, decision, AgendaVariables.COMMENT, comment);
  }

  private String group(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).findFirst().orElseThrow();
  }
}
