package cn.gov.agency.meeting.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.adhoc.AdhocVariables;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.meeting.PlannedMeeting;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleForms;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** How meetings enter 会议全流程 (processes/meeting-lifecycle.bpmn) and what its first steps record. */
@ProcessTest
class MeetingLifecycleProcessTest {

  private static final ZoneId AGENCY = ZoneId.of("Asia/Shanghai");
  private static final int PLAN_YEAR = 2033;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired MeetingRows meetings;
  @Autowired MeetingEvents events;
  @Autowired PlannedMeetingScheduling scheduling;
  @Autowired JdbcTemplate jdbc;

  AsUser as;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    as = new AsUser(identityService);
  }

  @Test
  void aFiledAdhocMeetingEntersItsLifecycleAtTheOffice() {
    Map<String, Object> form = SampleForms.adhocApplication();
    form.put("plannedStart", "2030-03-04T14:00");
    form.put("plannedEnd", "2030-03-04T16:00");
    ProcessInstance application = as.call("wangli",
        () -> runtimeService.startProcessInstanceByKey(AdhocVariables.PROCESS_KEY, form));
    complete(application, "qianjun", Map.of("leaderDecision", "approve"));
    complete(application, "zhouping", Map.of("filingNote", "已备案"));
    assertThat(application).isEnded();
    long meetingId = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(application.getId()).variableName("meetingId").singleResult().getValue();

    ProcessInstance lifecycle = lifecycleOf(meetingId);
    assertThat(lifecycle).isWaitingAt("settlePreparation").hasBusinessKey(MeetingKey.of(meetingId));
    assertThat(taskService.createTaskQuery().processInstanceId(lifecycle.getId()).singleResult())
        .hasCandidateGroup("office");
    // Work deployment: notice 3 and materials 2 working days before Mon 4 Mar 2030 (a year the
    // calendar does not list yet: weekends only), stated in the trail; the stages ask the schedule.
    assertThat(lifecycle).variables()
        .containsEntry("meetingTitle", "政策解读部署会").containsEntry("hostDepartmentName", "政策法规处")
        .doesNotContainKeys("meetingStart", "meetingEnd", "noticeDeadline", "materialsDeadline");
    assertThat(events.of(meetingId)).filteredOn(e -> e.action().equals("DEADLINES")).singleElement()
        .extracting(MeetingEvents.MeetingEvent::comment).isEqualTo("通知发出期限 2030-02-27 18:00（预警 2030-02-26 09:00）；"
            + "材料报送期限 2030-02-28 18:00（预警 2030-02-27 09:00）");
    assertThat(meetings.find(meetingId).orElseThrow().lifecycleProcessInstanceId()).isEqualTo(lifecycle.getId());
  }

  @Test
  void schedulingAPlannedMeetingGivesItTimesAndPeopleAndStartsItsLifecycle() {
    long meetingId = plannedMeeting();
    MeetingRecord scheduled = as.call("wangli", () -> scheduling.schedule(meetingId, new ScheduleInput(
        PLAN_YEAR + "-03-10T09:00", PLAN_YEAR + "-03-10T11:00", "冯刚、qianjun", "张三，市财政局"), "wangli"));

    assertThat(scheduled.status()).isEqualTo(MeetingStatus.APPROVED);
    assertThat(scheduled.plannedStart()).isEqualTo(LocalDateTime.of(PLAN_YEAR, 3, 10, 9, 0));
    assertThat(scheduled.plannedHours()).isEqualByComparingTo("2.0");
    assertThat(meetings.participants(meetingId)).containsExactly(Participant.person("fenggang"),
        Participant.person("qianjun"), Participant.guest("张三", "市财政局"));
    assertThat(events.of(meetingId)).extracting(MeetingEvents.MeetingEvent::action)
        .containsExactly("SCHEDULED", "DEADLINES");
    assertThat(lifecycleOf(meetingId)).isWaitingAt("settlePreparation");
  }

  @Test
  void badSchedulesAreRefusedNamingTheFieldAndChangeNothing() {
    long meetingId = plannedMeeting();
    assertThat(violations(meetingId, new ScheduleInput(PLAN_YEAR + "-03-10T11:00", PLAN_YEAR + "-03-10T09:00",
        "冯刚", null))).extracting(Violation::field, Violation::rule).containsExactly(
            org.assertj.core.groups.Tuple.tuple("plannedEnd", "after-start"));
    assertThat(violations(meetingId, new ScheduleInput("2020-03-10T09:00", "2020-03-10T11:00", "无此人", null)))
        .extracting(Violation::field, Violation::rule).containsExactly(
            org.assertj.core.groups.Tuple.tuple("plannedStart", "future"),
            org.assertj.core.groups.Tuple.tuple("plannedStart", "plan-year"),
            org.assertj.core.groups.Tuple.tuple("participants", "known-person"));
    assertThat(violations(meetingId, new ScheduleInput("next week", "", "", "")))
        .extracting(Violation::field).containsExactly("plannedStart", "plannedEnd", "participants");

    MeetingRecord unchanged = meetings.find(meetingId).orElseThrow();
    assertThat(unchanged.status()).isEqualTo(MeetingStatus.PLANNED);
    assertThat(unchanged.plannedStart()).isNull();
    assertThat(meetings.participants(meetingId)).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(MeetingKey.of(meetingId))
        .count()).isZero();
  }

  @Test
  void aMeetingIsScheduledOnlyOnce() {
    long meetingId = plannedMeeting();
    ScheduleInput input = new ScheduleInput(PLAN_YEAR + "-04-01T09:00", PLAN_YEAR + "-04-01T10:00", "冯刚", null);
    scheduling.schedule(meetingId, input, "wangli");
    assertThat(violations(meetingId, input)).extracting(Violation::rule).containsExactly("planned-only");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(MeetingKey.of(meetingId))
        .count()).isEqualTo(1);
  }

  private java.util.List<Violation> violations(long meetingId, ScheduleInput input) {
    try {
      scheduling.schedule(meetingId, input, "wangli");
    } catch (InvalidInputException e) {
      return e.violations();
    }
    throw new AssertionError("the schedule was accepted");
  }

  private long plannedMeeting() {
    Long planId = jdbc.query("select id from annual_plan where plan_year = ?", (rs, i) -> rs.getLong(1), PLAN_YEAR)
        .stream().findFirst().orElseGet(() -> {
          jdbc.update("""
              insert into annual_plan (plan_year, process_instance_id, status, submission_deadline, started_by, started_at)
              values (?, 'test', 'APPROVED', ?, 'zhouping', current_timestamp)""", PLAN_YEAR, LocalDate.of(PLAN_YEAR - 1, 12, 20));
          jdbc.update("insert into department_plan (annual_plan_id, department_code, status) select id, 'policy', 'SUBMITTED' from annual_plan where plan_year = ?",
              PLAN_YEAR);
          return jdbc.queryForObject("select id from annual_plan where plan_year = ?", Long.class, PLAN_YEAR);
        });
    jdbc.update("""
        insert into plan_entry (department_plan_id, name, meeting_type, planned_month, planned_hours, place,
                                participant_count, participants, content, estimated_cost)
        select id, '季度工作部署会', 'work_deployment', 3, 2.0, '三楼会议室', 10, '处室全体', '部署季度工作', 800
          from department_plan where annual_plan_id = ? and department_code = 'policy'""", planId);
    long entryId = jdbc.queryForObject("select max(id) from plan_entry", Long.class);
    return meetings.insertPlanned(new PlannedMeeting(entryId, PLAN_YEAR, "work_deployment", "季度工作部署会", "policy",
        null, 3, new BigDecimal("2.0"), "三楼会议室", "部署季度工作", 10, new BigDecimal("800")),
        LocalDateTime.now());
  }

  private ProcessInstance lifecycleOf(long meetingId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(MeetingLifecycle.PROCESS_KEY)
        .processInstanceBusinessKey(MeetingKey.of(meetingId)).singleResult();
  }

  private void complete(ProcessInstance pi, String user, Map<String, Object> variables) {
    String taskId = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
    as.run(user, () -> taskService.complete(taskId, variables));
  }

  private static Date date(LocalDateTime time) {
    return Date.from(time.atZone(AGENCY).toInstant());
  }
}
