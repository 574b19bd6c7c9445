package cn.gov.agency.meeting.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.engine.RejectedProcessInput;
import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.meeting.StaffDuty;
import cn.gov.agency.meeting.meeting.TrailLabels;
import cn.gov.agency.meeting.support.MeetingDriver;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 会议召开 (processes/meeting-execution.bpmn) inside 会议全流程: the office names the staff and
 * confirms the security check, sign-in closes into the attendance record, the recorder's minutes
 * are reviewed and approved — and the lifecycle goes on with the meeting HELD.
 */
@ProcessTest
class MeetingExecutionProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired ApplicationContext context;
  @Autowired MeetingRows meetings;
  @Autowired MeetingEvents events;
  @Autowired TrailLabels labels;
  @Autowired JdbcTemplate jdbc;

  MeetingDriver driver;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    driver = new MeetingDriver(context);
  }

  @Test
  void r5_1_staffAssignmentCarriesStaffDuties() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2033, 6, 20, 9, 0));
    ProcessInstance lifecycle = driver.startAndSettle(meeting, false, false, false);
    driver.prepare(meeting, "R601");
    assertThat(lifecycle).isWaitingAt("execution");

    driver.assignStaff(meeting);

    assertThat(context.getBean(MeetingStaffing.class).duties(meeting.id())).hasValueSatisfying(duties ->
        assertThat(duties).contains("会务分工及工作纪律", "记录人员", "韩梅", "提前到岗", "坚守岗位", "手机调至静音或关机",
            "会场内禁止吸烟"));
    assertThat(events.of(meeting.id())).extracting(MeetingEvents.MeetingEvent::action).contains("STAFF_DUTIES");
  }

  @Test
  void aPreparedMeetingIsHeldAndItsMinutesApproved() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2033, 6, 6, 9, 0));
    ProcessInstance lifecycle = driver.startAndSettle(meeting, false, false, false);
    driver.prepare(meeting, "R601");
    assertThat(lifecycle).isWaitingAt("execution");
    assertThat(driver.candidateGroup(meeting, "assignMeetingStaff")).isEqualTo("office");

    driver.assignStaff(meeting);
    assertThat(meetings.staff(meeting.id(), StaffDuty.RECORDER)).containsExactly("hanmei");
    assertThat(meetings.staff(meeting.id(), StaffDuty.USHER)).containsExactly("zhouping");
    assertThat(jdbc.queryForObject("select emergency_plan from meeting_security_check where meeting_id = ?",
        String.class, meeting.id())).contains("疏散");
    // The departments' 提报议题 of the 工作部署会 close at their own deadline (R2), not with the staffing.
    assertThat(driver.openTasks(meeting)).doesNotContainKey("assignMeetingStaff")
        .allSatisfy((key, task) -> assertThat(key).isEqualTo("proposeTopics"));

    driver.closeSignIn(meeting);
    assertThat(meetings.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.HELD);
    assertThat(meetings.attendees(meeting.id())).extracting(Attendee::attendance).containsOnly("ABSENT");
    assertThat(driver.openTasks(meeting).get("recordMeeting").getAssignee()).isEqualTo("hanmei");

    driver.approveMinutes(meeting, "policy", "2033-09-30");
    assertThat(lifecycle).hasPassed("execution").isWaitingAt("aftercare");
    assertThat(events.of(meeting.id())).allSatisfy(event ->
        assertThat(labels.action(event.stage(), event.action()))
            .as("step %s.%s has a Chinese name", event.stage(), event.action()).isNotEqualTo(event.action()));
    assertThat(events.of(meeting.id())).extracting(MeetingEvents.MeetingEvent::stage)
        .contains("execution", "signin", "minutes");
  }

  @Test
  void staffingWithoutRecorderOrSafetyCheckIsRefusedAndTheTaskStays() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2033, 6, 13, 9, 0));
    driver.startAndSettle(meeting, false, false, false);
    driver.prepare(meeting, "R601");

    Map<String, Object> incomplete = new HashMap<>();
    incomplete.put("recorderName", "无此人");
    incomplete.put("ushers", "周萍");
    incomplete.put("serviceStaff", "周萍");
    incomplete.put("venueChecked", false);
    incomplete.put("emergencyPlan", " ");
    incomplete.put("responsibilities", "周萍负责疏散");
    assertThatThrownBy(() -> driver.complete(meeting, "assignMeetingStaff", "zhouping", incomplete))
        .isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("recorderName").hasMessageContaining("venueChecked")
        .hasMessageContaining("emergencyPlan");
    assertThat(driver.openTasks(meeting)).containsKey("assignMeetingStaff");
    assertThat(meetings.staff(meeting.id(), StaffDuty.RECORDER)).isEmpty();
  }
}
