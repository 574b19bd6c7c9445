package cn.gov.agency.meeting.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.materials.MaterialsService;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRepository;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.meeting.TrailLabels;
import cn.gov.agency.meeting.notice.ConfirmationMethod;
import cn.gov.agency.meeting.notice.NoticeRecipient;
import cn.gov.agency.meeting.notice.NoticeService;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/**
 * 会议筹备 as a whole (processes/meeting-preparation.bpmn under meeting-lifecycle.bpmn): the
 * stages run side by side, each in its role's inbox, and the meeting is ready only when every
 * stage it needs is done.
 */
@ProcessTest
class MeetingPreparationProcessTest {

  private static final List<String> PEOPLE = List.of("fenggang", "wangli", "qianjun", "chenjing");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired MeetingRepository meetings;
  @Autowired MeetingEvents events;
  @Autowired TrailLabels labels;
  @Autowired MeetingLifecycle lifecycle;
  @Autowired MaterialsService materials;
  @Autowired NoticeService notices;

  AsUser as;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    as = new AsUser(identityService);
  }

  @Test
  void anImportantMeetingWithRoomsIsReadyOnlyWhenEveryStageIsDone() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2030, 3, 4, 9, 0));
    ProcessInstance pi = startAndSettle(meeting, true, false, true);

    assertThat(meetings.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.PREPARING);
    assertThat(openTasks(meeting)).containsOnlyKeys("bookVenue", "prepareMaterials", "draftBudget",
        "arrangeAccommodation");
    assertThat(candidateGroup(meeting, "bookVenue")).isEqualTo("office");
    assertThat(candidateGroup(meeting, "prepareMaterials")).isEqualTo("staff-policy");
    assertThat(candidateGroup(meeting, "draftBudget")).isEqualTo("staff-policy");
    assertThat(candidateGroup(meeting, "arrangeAccommodation")).isEqualTo("office");

    prepareVenue(meeting, "R302");
    assertThat(meetings.find(meeting.id()).orElseThrow().place()).contains("会议室");
    assertThat(openTasks(meeting)).containsKey("draftNotice").doesNotContainKey("checkEquipment");
    sendNoticeAndConfirmReceipts(meeting);
    assertThat(deliveryChannels(meeting)).contains("SMS", "EMAIL", "IN_APP");
    prepareMaterials(meeting);
    approveBudget(meeting);
    assertThat(meetings.find(meeting.id()).orElseThrow().status())
        .as("accommodation is still open").isEqualTo(MeetingStatus.PREPARING);
    assertThat(pi).isActive();

    complete(meeting, "arrangeAccommodation", "zhouping", Map.of("hotel", "guesthouse", "roomStandard", 350,
        "checkIn", "2030-03-03T15:00", "checkOut", "2030-03-04T14:00"));

    assertThat(pi).isEnded().hasPassed("markMeetingReady");
    assertThat(meetings.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.READY);
    List<MeetingEvents.MeetingEvent> trail = events.of(meeting.id());
    assertThat(trail).extracting(MeetingEvents.MeetingEvent::stage)
        .contains("preparation", "venue", "notice", "materials", "budget", "accommodation")
        .doesNotContain("catering");
    assertThat(trail).last().extracting(MeetingEvents.MeetingEvent::action).isEqualTo("READY");
    assertThat(trail).allSatisfy(event -> {
      assertThat(labels.stage(event.stage())).as("stage %s has a Chinese name", event.stage())
          .isNotEqualTo(event.stage());
      assertThat(labels.action(event.stage(), event.action()))
          .as("step %s.%s has a Chinese name", event.stage(), event.action()).isNotEqualTo(event.action());
    });
  }

  @Test
  void anOrdinaryMeetingWithMealsWaitsForItsCateringAndSendsNoSms() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "business_seminar",
        LocalDateTime.of(2030, 4, 8, 14, 0));
    ProcessInstance pi = startAndSettle(meeting, false, true, false);
    assertThat(openTasks(meeting)).containsOnlyKeys("bookVenue", "prepareMaterials", "draftBudget",
        "arrangeCatering");

    prepareVenue(meeting, "R302");
    Map<String, Object> seminar = noticeDraft();
    seminar.put("seminarTheme", "数字政务建设");
    seminar.put("seminarRequirements", "每位参会人员准备一条建议");
    sendNoticeAndConfirmReceipts(meeting, seminar);
    assertThat(deliveryChannels(meeting)).containsOnly("EMAIL", "IN_APP");
    prepareMaterials(meeting, "agenda", "discussion_outline");
    approveBudget(meeting);
    assertThat(pi).isActive();

    Map<String, Object> catering = new HashMap<>(Map.of("caterer", "canteen", "cateringStandard", 45.5,
        "menu", "四菜一汤", "cateringHeadCount", 5, "mealCount", 1, "cateringAgreement", "CY-2030-001"));
    complete(meeting, "arrangeCatering", "zhouping", catering);

    assertThat(pi).isEnded();
    assertThat(meetings.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.READY);
  }

  private ProcessInstance startAndSettle(MeetingRecord meeting, boolean important, boolean catering,
      boolean accommodation) {
    String id = lifecycle.start(meeting.id());
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
    Map<String, Object> needs = new HashMap<>();
    needs.put("important", important);
    needs.put("needsCatering", catering);
    needs.put("needsAccommodation", accommodation);
    complete(meeting, "settlePreparation", "zhouping", needs);
    assertThat(pi).isWaitingAt("preparation");
    return pi;
  }

  private void prepareVenue(MeetingRecord meeting, String room) {
    complete(meeting, "bookVenue", "zhouping", Map.of("roomCode", room, "requiredEquipment", "[\"projector\"]",
        "setupNotes", "主席台摆放桌签"));
    complete(meeting, "checkEquipment", "liming", Map.of("equipmentResponsible", "zhouping",
        "workingEquipment", "[\"projector\"]", "equipmentRemarks", "投影仪已调试"));
  }

  private void sendNoticeAndConfirmReceipts(MeetingRecord meeting) {
    sendNoticeAndConfirmReceipts(meeting, noticeDraft());
  }

  private void sendNoticeAndConfirmReceipts(MeetingRecord meeting, Map<String, Object> draft) {
    complete(meeting, "draftNotice", "zhouping", draft);
    for (Job job : managementService.createJobQuery().processInstanceId(instanceOf(meeting, "meetingNotice"))
        .executable().list()) {
      managementService.executeJob(job.getId());
    }
    for (String person : PEOPLE) {
      as.run(person, () -> notices.confirmOwn(notices.recipientOf(meeting.id(), person), person,
          ConfirmationMethod.IN_APP));
    }
    NoticeRecipient guest = notices.recipients(notices.current(meeting.id()).id()).stream()
        .filter(NoticeRecipient::isGuest).findFirst().orElseThrow();
    notices.confirmOnBehalf(meeting.id(), guest.key(), "PHONE", "已电话通知本人", "zhouping");
    complete(meeting, "trackReceipts", "zhouping", Map.of());
  }

  private static Map<String, Object> noticeDraft() {
    Map<String, Object> draft = new HashMap<>();
    draft.put("noticeRequirements", "请提前十分钟到场签到");
    draft.put("noticePreparations", "请准备本部门任务分解表");
    return draft;
  }

  private void prepareMaterials(MeetingRecord meeting) {
    prepareMaterials(meeting, "agenda", "leader_speech", "work_report");
  }

  private void prepareMaterials(MeetingRecord meeting, String... kinds) {
    for (String kind : kinds) {
      materials.upload(meeting.id(), kind, kind + ".txt", ("材料：" + kind).getBytes(StandardCharsets.UTF_8),
          "wangli");
    }
    complete(meeting, "prepareMaterials", "wangli", Map.of());
    complete(meeting, "reviewMaterials", "qianjun", Map.of("materialsDecision", "approve"));
  }

  private void approveBudget(MeetingRecord meeting) {
    complete(meeting, "draftBudget", "wangli", Map.of("venueRental", 0, "equipmentRental", 0, "printing", 120.5,
        "meals", 0, "accommodation", 0, "transport", 300, "other", 0, "budgetExplanation", "按标准编制"));
    complete(meeting, "leaderBudgetReview", "qianjun", Map.of("budgetLeaderDecision", "approve"));
    complete(meeting, "financeBudgetReview", "wuhua", Map.of("budgetFinanceDecision", "approve"));
  }

  private List<String> deliveryChannels(MeetingRecord meeting) {
    return engine.getProcessEngineConfiguration().getDataSource() == null ? List.of()
        : new org.springframework.jdbc.core.JdbcTemplate(engine.getProcessEngineConfiguration().getDataSource())
            .queryForList("""
                select distinct d.channel from notice_delivery d
                  join notice_recipient r on r.id = d.recipient_id
                  join meeting_notice n on n.id = r.notice_id
                 where n.meeting_id = ?""", String.class, meeting.id());
  }

  /** Open tasks of the meeting's whole process tree, by task definition key. */
  private Map<String, Task> openTasks(MeetingRecord meeting) {
    Map<String, Task> tasks = new HashMap<>();
    taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(meeting.id())).list()
        .forEach(task -> tasks.put(task.getTaskDefinitionKey(), task));
    return tasks;
  }

  private String candidateGroup(MeetingRecord meeting, String taskKey) {
    return taskService.getIdentityLinksForTask(openTasks(meeting).get(taskKey).getId()).stream()
        .filter(link -> link.getGroupId() != null).findFirst().orElseThrow().getGroupId();
  }

  private String instanceOf(MeetingRecord meeting, String processKey) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(String.valueOf(meeting.id())).singleResult().getId();
  }

  private void complete(MeetingRecord meeting, String taskKey, String user, Map<String, Object> variables) {
    Task task = openTasks(meeting).get(taskKey);
    assertThat(task).as("open task %s", taskKey).isNotNull();
    as.run(user, () -> taskService.complete(task.getId(), variables));
  }
}
