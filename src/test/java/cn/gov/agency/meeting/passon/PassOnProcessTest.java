package cn.gov.agency.meeting.passon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.distribution.DistributionService;
import cn.gov.agency.meeting.distribution.DistributionVariables;
import cn.gov.agency.meeting.distribution.MinutesRecipient;
import cn.gov.agency.meeting.engine.RejectedProcessInput;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.process.LifecycleVariables;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingEvents.MeetingEvent;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.StaffDuty;
import cn.gov.agency.meeting.meeting.TrailLabels;
import cn.gov.agency.meeting.minutes.MinutesVariables;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.MeetingDriver;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import java.time.Clock;
import java.time.LocalDate;
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
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * processes/meeting-passing-on.bpmn (R7.2) as the demo users, on a meeting of 政策法规处 held in
 * 2024 (passing-on is recorded after it happened) whose approved minutes give 科技信息处 a
 * resolution; and, in the same application with e-mail off, the minutes' distribution.
 */
@ProcessTest
class PassOnProcessTest {

  @Autowired ApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired MeetingRows meetings;
  @Autowired MeetingEvents events;
  @Autowired TrailLabels labels;
  @Autowired PassOnService passOns;
  @Autowired DistributionService distributions;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  AsUser as;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    as = new AsUser(identityService);
  }

  @Test
  void r7_2_eachDepartmentRecordsItsOwnPassingOn() {
    MeetingRecord meeting = meetingWithApprovedMinutes(LocalDateTime.of(2024, 4, 8, 9, 0));
    ProcessInstance pi = start(meeting);
    // The departments of the attendees (冯刚、王丽: 政策法规处, 钱军: 办公室, 陈静: 综合业务处) and of the resolution,
    // each with its own task for its own staff: the host department does not record for the others.
    assertThat(pi).isWaitingAt("recordPassingOn");
    assertThat(passOns.status(meeting.id()).missing()).containsExactly("办公室", "政策法规处", "综合业务处", "科技信息处");
    Map<String, Task> tasks = tasksByGroup(pi);
    assertThat(tasks).containsOnlyKeys("staff-office", "staff-policy", "staff-business", "staff-technology");
    assertThat(taskService.getVariable(tasks.get("staff-technology").getId(), "passOnDepartmentName"))
        .isEqualTo("科技信息处");
    assertThatThrownBy(() -> as.run("wangli", () -> taskService.complete(tasks.get("staff-technology").getId())))
        .isInstanceOf(AuthorizationException.class);

    passOns.record(meeting.id(), entry("policy", "GROUP_STUDY", "2024-04-10", "冯刚、王丽等", 12), "wangli");
    assertThatThrownBy(() -> as.run("zhouping", () -> taskService.complete(tasks.get("staff-office").getId())))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("办公室尚未登记本部门的传达情况");
    as.run("wangli", () -> taskService.complete(tasks.get("staff-policy").getId()));
    passOns.record(meeting.id(), entry("office", "INTERNAL_RELAY", "2024-04-11", "李明、周萍", 2), "zhouping");
    as.run("zhouping", () -> taskService.complete(tasks.get("staff-office").getId()));
    assertThat(pi).isWaitingAt("recordPassingOn");
    assertThat(passOns.overview(2024)).filteredOn(m -> m.meetingId() == meeting.id()).singleElement()
        .satisfies(m -> {
          assertThat(m.departmentsConcerned()).isEqualTo(4);
          assertThat(m.missingDepartments()).containsExactly("综合业务处", "科技信息处");
          assertThat(m.completedAt()).isNull();
        });

    passOns.record(meeting.id(), entry("business", "GROUP_STUDY", "2024-04-12", "褚伟、陈静", 8), "chenjing");
    passOns.record(meeting.id(), entry("technology", "INTERNAL_RELAY", "2024-04-15", "蒋涛、卫兰", 6), "weilan");
    as.run("chenjing", () -> taskService.complete(tasks.get("staff-business").getId()));
    as.run("weilan", () -> taskService.complete(tasks.get("staff-technology").getId()));
    assertThat(pi).isEnded().hasPassed("closeDepartmentPassingOn", "verifyPassingOn");

    PassOnStatus status = passOns.status(meeting.id());
    assertThat(status.missing()).isEmpty();
    assertThat(status.completedAt()).isNotNull();
    assertThat(status.departments()).allSatisfy(d -> assertThat(d.completedAt()).isNotNull());
    assertThat(status.departments()).filteredOn(d -> d.departmentCode().equals("policy")).singleElement()
        .satisfies(d -> assertThat(d.entries()).extracting(PassOnEntry::methodLabel, PassOnEntry::heldOn,
            PassOnEntry::participantCount, PassOnEntry::recordedBy)
            .containsExactly(tuple("集中学习", LocalDate.of(2024, 4, 10), 12, "wangli")));
    assertThatThrownBy(() -> passOns.record(meeting.id(), entry("policy", "GROUP_STUDY", "2024-04-16", "王丽", 1),
        "wangli")).isInstanceOf(InvalidInputException.class).hasMessageContaining("已办结");

    assertThat(events.of(meeting.id())).filteredOn(e -> e.stage().equals("passon"))
        .extracting(MeetingEvent::action, MeetingEvent::actorUserId).containsExactly(tuple("OPENED", "system"),
            tuple("RECORDED", "wangli"), tuple("DEPARTMENT_RECORDED", "wangli"), tuple("RECORDED", "zhouping"),
            tuple("DEPARTMENT_RECORDED", "zhouping"), tuple("RECORDED", "chenjing"), tuple("RECORDED", "weilan"),
            tuple("DEPARTMENT_RECORDED", "chenjing"), tuple("DEPARTMENT_RECORDED", "weilan"),
            tuple("COMPLETED", "weilan"));
    assertThat(events.of(meeting.id())).allSatisfy(event -> {
      assertThat(labels.stage(event.stage())).isNotEqualTo(event.stage());
      assertThat(labels.action(event.stage(), event.action())).as("%s.%s", event.stage(), event.action())
          .isNotEqualTo(event.action());
    });
  }

  @Test
  void r7_2_officeSeesWhoHasNotAcknowledged() {
    MeetingRecord meeting = meetingWithApprovedMinutes(LocalDateTime.of(2024, 4, 15, 9, 0));
    ProcessInstance pi = start(meeting);
    Map<String, Task> tasks = tasksByGroup(pi);
    passOns.record(meeting.id(), entry("technology", "GROUP_STUDY", "2024-04-17", "蒋涛、卫兰", 2), "weilan");
    assertThat(passOns.acknowledgementsOf("jiangtao")).noneMatch(a -> a.meetingId() == meeting.id());

    as.run("weilan", () -> taskService.complete(tasks.get("staff-technology").getId()));

    // Every member of 科技信息处 is asked, not only those who attended.
    assertThat(passOns.acknowledgementsOf("jiangtao")).filteredOn(a -> a.meetingId() == meeting.id())
        .singleElement().satisfies(a -> assertThat(a.acknowledgedAt()).isNull());
    passOns.acknowledge(meeting.id(), "jiangtao");
    assertThatThrownBy(() -> passOns.acknowledge(meeting.id(), "jiangtao"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("已确认");
    assertThatThrownBy(() -> passOns.acknowledge(meeting.id(), "chenjing"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("没有需要您确认");

    PassOnStatus status = passOns.status(meeting.id());
    assertThat(status.departments()).filteredOn(d -> d.departmentCode().equals("technology")).singleElement()
        .satisfies(d -> {
          assertThat(d.acknowledgements()).extracting(Acknowledgement::userId, Acknowledgement::acknowledged)
              .containsExactlyInAnyOrder(tuple("jiangtao", true), tuple("weilan", false));
          assertThat(d.notAcknowledged()).containsExactly("卫兰");
        });
    assertThat(status.departments()).filteredOn(d -> !d.departmentCode().equals("technology"))
        .allSatisfy(d -> assertThat(d.acknowledgements()).isEmpty());
    assertThat(passOns.overview(2024)).filteredOn(m -> m.meetingId() == meeting.id()).singleElement()
        .satisfies(m -> {
          assertThat(m.asked()).isEqualTo(2);
          assertThat(m.notAcknowledged()).isEqualTo(1);
        });
    assertThat(events.of(meeting.id())).extracting(MeetingEvent::action, MeetingEvent::actorUserId)
        .contains(tuple("ACKNOWLEDGED", "jiangtao"));
  }

  @Test
  void anEntryIsCheckedFieldByField() {
    MeetingRecord meeting = meetingWithApprovedMinutes(LocalDateTime.of(2024, 4, 22, 9, 0));
    start(meeting);

    assertThatThrownBy(() -> passOns.record(meeting.id(), entry("finance", "READING", "2024-04-01", " ", 0),
        "wangli")).isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
                tuple("department", "concerned"), tuple("method", "one-of"), tuple("heldOn", "after-meeting"),
                tuple("participants", "required"), tuple("participantCount", "range")));
    String tomorrow = LocalDate.now(clock).plusDays(1).toString();
    assertThatThrownBy(() -> passOns.record(meeting.id(), entry("policy", "GROUP_STUDY", tomorrow, "王丽", 1),
        "wangli")).isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(Violation::rule).containsExactly("not-future"));
    assertThat(passOns.status(meeting.id()).missing()).hasSize(4);
  }

  @Test
  void withEmailSwitchedOffTheMinutesAreDistributedInAppAndTheEmailIsRecordedAsChannelOff() {
    MeetingRecord meeting = meetingWithApprovedMinutes(LocalDateTime.of(2024, 5, 6, 9, 0));
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(DistributionVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting));
    for (Job job : managementService.createJobQuery().processInstanceId(pi.getId()).list()) {
      managementService.executeJob(job.getId());
    }
    assertThat(pi).isEnded();
    long id = distributions.latestOf(meeting.id()).orElseThrow().id();
    assertThat(distributions.recipients(id)).extracting(MinutesRecipient::userId)
        .containsExactlyInAnyOrder("fenggang", "wangli", "qianjun", "chenjing", "jiangtao", "weilan");
    assertThat(jdbc.queryForList("""
        select d.channel || ' ' || d.status from minutes_delivery d join minutes_recipient r on r.id = d.recipient_id
         where r.distribution_id = ? group by d.channel, d.status""", String.class, id))
        .containsExactlyInAnyOrder("IN_APP SENT", "EMAIL CHANNEL_OFF");
    assertThat(distributions.deliveryList(meeting.id())).hasSize(6)
        .allSatisfy(line -> assertThat(line.deliveries()).hasSize(2));
  }

  // --- helpers ---

  private MeetingRecord meetingWithApprovedMinutes(LocalDateTime start) {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment", start);
    meetings.nameStaff(meeting.id(), StaffDuty.RECORDER, List.of("hanmei"));
    Map<String, Object> stage = SampleMeetings.stageVariables(meeting);
    stage.put(LifecycleVariables.RECORDER, "hanmei");
    runtimeService.startProcessInstanceByKey(MinutesVariables.PROCESS_KEY, MeetingKey.of(meeting.id()), stage);
    new MeetingDriver(context).approveMinutes(meeting, "technology", start.toLocalDate().plusMonths(2).toString());
    return meetings.find(meeting.id()).orElseThrow();
  }

  private ProcessInstance start(MeetingRecord meeting) {
    return runtimeService.startProcessInstanceByKey(PassOnVariables.PROCESS_KEY, MeetingKey.of(meeting.id()),
        SampleMeetings.stageVariables(meeting));
  }

  /** The open tasks, one per department concerned, by the group each is offered to. */
  private Map<String, Task> tasksByGroup(ProcessInstance pi) {
    Map<String, Task> tasks = new HashMap<>();
    for (Task task : taskService.createTaskQuery().processInstanceId(pi.getId()).list()) {
      String group = taskService.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> link.getGroupId() != null).findFirst().orElseThrow().getGroupId();
      tasks.put(group, task);
    }
    return tasks;
  }

  private static Map<String, Object> entry(String department, String method, String heldOn, String participants,
      int count) {
    Map<String, Object> entry = new HashMap<>();
    entry.put("department", department);
    entry.put("method", method);
    entry.put("heldOn", heldOn);
    entry.put("participants", participants);
    entry.put("participantCount", count);
    return entry;
  }
}
