package cn.gov.agency.meeting.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.meeting.TrailLabels;
import cn.gov.agency.meeting.support.MeetingDriver;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
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
 * 会议筹备 as a whole (processes/meeting-preparation.bpmn under meeting-lifecycle.bpmn): the
 * stages run side by side, each in its role's inbox, and the meeting is ready only when every
 * stage it needs is done.
 */
@ProcessTest
class MeetingPreparationProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired MeetingRows meetings;
  @Autowired MeetingEvents events;
  @Autowired TrailLabels labels;

  @Autowired ApplicationContext context;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  MeetingDriver driver;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    driver = new MeetingDriver(context);
  }

  @Test
  void anImportantMeetingWithRoomsIsReadyOnlyWhenEveryStageIsDone() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2030, 3, 4, 9, 0));
    ProcessInstance pi = startAndSettle(meeting, true, false, true);

    assertThat(meetings.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.PREPARING);
    assertThat(openTasks(meeting)).as("accommodation waits for the approved budget (R6.1)")
        .containsOnlyKeys("bookVenue", "prepareMaterials", "draftBudget");
    assertThat(candidateGroup(meeting, "bookVenue")).isEqualTo("office");
    assertThat(candidateGroup(meeting, "prepareMaterials")).isEqualTo("staff-policy");
    assertThat(candidateGroup(meeting, "draftBudget")).isEqualTo("staff-policy");

    prepareVenue(meeting, "R302");
    assertThat(meetings.find(meeting.id()).orElseThrow().place()).contains("会议室");
    assertThat(openTasks(meeting)).containsKey("draftNotice").doesNotContainKey("checkEquipment");
    sendNoticeAndConfirmReceipts(meeting);
    assertThat(deliveryChannels(meeting)).contains("SMS", "EMAIL", "IN_APP");
    prepareMaterials(meeting);
    driver.approveBudget(meeting, 0, 2000);
    assertThat(candidateGroup(meeting, "arrangeAccommodation")).isEqualTo("office");
    assertThat(meetings.find(meeting.id()).orElseThrow().status())
        .as("accommodation is still open").isEqualTo(MeetingStatus.PREPARING);
    assertThat(pi).isActive();

    complete(meeting, "arrangeAccommodation", "zhouping", Map.of("hotel", "guesthouse", "roomStandard", 350,
        "checkIn", "2030-03-03T15:00", "checkOut", "2030-03-04T14:00", "accommodationResponsible", "zhouping"));

    assertThat(pi).hasPassed("markMeetingReady").isWaitingAt("execution");
    assertThat(meetings.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.READY);
    assertThat(candidateGroup(meeting, "assignMeetingStaff")).isEqualTo("office");
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
    assertThat(openTasks(meeting)).as("catering waits for the approved budget (R6.1)")
        .containsOnlyKeys("bookVenue", "prepareMaterials", "draftBudget");

    prepareVenue(meeting, "R302");
    Map<String, Object> seminar = noticeDraft();
    seminar.put("seminarTheme", "数字政务建设");
    seminar.put("seminarRequirements", "每位参会人员准备一条建议");
    sendNoticeAndConfirmReceipts(meeting, seminar);
    assertThat(deliveryChannels(meeting)).containsOnly("EMAIL", "IN_APP");
    prepareMaterials(meeting, "agenda", "discussion_outline");
    driver.approveBudget(meeting, 300, 0);
    assertThat(pi).isActive();

    Map<String, Object> catering = new HashMap<>(Map.of("caterer", "canteen", "cateringStandard", 45.5,
        "menu", "四菜一汤", "cateringHeadCount", 5, "mealCount", 1, "cateringAgreement", "CY-2030-001",
        "cateringResponsible", "zhouping"));
    complete(meeting, "arrangeCatering", "zhouping", catering);

    assertThat(pi).isWaitingAt("execution");
    assertThat(meetings.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.READY);
  }

  @Test
  void theNoticeIsDraftedOnceTheRoomIsBookedAndTheEquipmentCheckComesShortlyBeforeTheMeeting() {
    LocalDateTime tuesday = LocalDateTime.of(2045, 6, 13, 9, 0);
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment", tuesday);
    startAndSettle(meeting, false, false, false);

    complete(meeting, "bookVenue", "zhouping", Map.of("roomCode", "R302", "requiredEquipment", "[\"projector\"]",
        "setupNotes", "主席台摆放桌签"));

    assertThat(openTasks(meeting)).containsKey("draftNotice").doesNotContainKey("checkEquipment");
    assertThat(candidateGroup(meeting, "draftNotice")).isEqualTo("office");
    Job opens = managementService.createJobQuery()
        .processInstanceId(driver.instanceOf(meeting, "meetingEquipmentCheck")).timers().singleResult();
    assertThat(opens.getDuedate()).as("meeting.venue.equipment-check: 15:00 on the working day before")
        .isEqualTo(SampleMeetings.date(LocalDateTime.of(2045, 6, 12, 15, 0)));

    driver.openEquipmentCheck(meeting);
    assertThat(openTasks(meeting)).containsKeys("draftNotice", "checkEquipment");
    assertThat(candidateGroup(meeting, "checkEquipment")).isEqualTo("office");
    assertThat(openTasks(meeting).get("checkEquipment").getDueDate()).as("done before the meeting starts")
        .isEqualTo(SampleMeetings.date(tuesday));
  }

  private ProcessInstance startAndSettle(MeetingRecord meeting, boolean important, boolean catering,
      boolean accommodation) {
    ProcessInstance pi = driver.startAndSettle(meeting, important, catering, accommodation);
    assertThat(pi).isWaitingAt("preparation");
    return pi;
  }

  private void prepareVenue(MeetingRecord meeting, String room) {
    driver.prepareVenue(meeting, room);
  }

  private void sendNoticeAndConfirmReceipts(MeetingRecord meeting) {
    driver.sendNoticeAndConfirmReceipts(meeting, MeetingDriver.noticeDraft());
  }

  private void sendNoticeAndConfirmReceipts(MeetingRecord meeting, Map<String, Object> draft) {
    driver.sendNoticeAndConfirmReceipts(meeting, draft);
  }

  private static Map<String, Object> noticeDraft() {
    return MeetingDriver.noticeDraft();
  }

  private void prepareMaterials(MeetingRecord meeting) {
    driver.prepareMaterials(meeting, "agenda", "leader_speech", "work_report");
  }

  private void prepareMaterials(MeetingRecord meeting, String... kinds) {
    driver.prepareMaterials(meeting, kinds);
  }

  private List<String> deliveryChannels(MeetingRecord meeting) {
    return jdbc.queryForList("""
        select distinct d.channel from notice_delivery d
          join notice_recipient r on r.id = d.recipient_id
          join meeting_notice n on n.id = r.notice_id
         where n.meeting_id = ?""", String.class, meeting.id());
  }

  private Map<String, Task> openTasks(MeetingRecord meeting) {
    return driver.openTasks(meeting);
  }

  private String candidateGroup(MeetingRecord meeting, String taskKey) {
    return driver.candidateGroup(meeting, taskKey);
  }

  private void complete(MeetingRecord meeting, String taskKey, String user, Map<String, Object> variables) {
    driver.complete(meeting, taskKey, user, variables);
  }
}
