package cn.gov.agency.meeting.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.meeting.MeetingCancelled;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.MeetingRescheduled;
import cn.gov.agency.meeting.meeting.MeetingSchedule;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.meeting.PreparationDeadlines;
import cn.gov.agency.meeting.meeting.PreparationSchedule;
import cn.gov.agency.meeting.meeting.TrailLabels;
import cn.gov.agency.meeting.notice.CancellationVariables;
import cn.gov.agency.meeting.notice.NoticeVariables;
import cn.gov.agency.meeting.engine.RejectedProcessInput;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.MeetingDriver;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.venue.BookingInput;
import cn.gov.agency.meeting.venue.RoomBooking;
import cn.gov.agency.meeting.venue.VenueService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** 取消会议 and 会议改期 of one meeting against the real lifecycle (R302 on days of 2044 no other test uses). */
@ProcessTest
@RecordApplicationEvents
class MeetingChangeProcessTest {

  @Autowired cn.gov.agency.meeting.meeting.MeetingAccess access;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired MeetingRows meetings;
  @Autowired cn.gov.agency.meeting.meeting.Meetings reader;
  @Autowired MeetingEvents events;
  @Autowired VenueService venue;
  @Autowired MeetingCancellation cancellation;
  @Autowired MeetingRescheduling rescheduling;
  @Autowired ApplicationContext context;
  @Autowired ApplicationEvents published;
  @Autowired TrailLabels labels;
  @Autowired ManagementService managementService;
  @Autowired PreparationSchedule schedule;
  @Autowired MeetingSchedule meetingSchedule;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Clock clock;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
  }

  @Test
  void cancellingEndsTheLifecycleWithItsStagesAndFreesTheRoom() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2044, 5, 10, 9, 0));
    ProcessInstance lifecycle = new MeetingDriver(context).startAndSettle(meeting, false, false, false);
    venue.book(meeting.id(), new BookingInput("R302", List.of(), ""), "zhouping");
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(lifecycle.getId()).count())
        .isEqualTo(1);

    // As the page does it: logged in as the host department's clerk, who holds no rights on the lifecycle.
    MeetingRecord cancelled = new AsUser(engine.getIdentityService()).call("wangli",
        () -> cancellation.cancel(meeting.id(), new CancelInput("上级会议时间冲突"), "wangli"));

    assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
    assertThat(lifecycle).isEnded().hasPassed("meetingCancelledReceived", "meetingCancelledEnd");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(MeetingKey.of(meeting.id()))
        .list()).as("only 会议取消通知 runs on").singleElement()
        .satisfies(told -> assertThat(told.getProcessDefinitionId()).startsWith(CancellationVariables.PROCESS_KEY + ":"));
    assertThat(venue.bookingOf(meeting.id())).isEmpty();
    assertThat(events.of(meeting.id())).extracting(MeetingEvents.MeetingEvent::action)
        .contains("booking-released", "CANCELLED");
    assertEveryStepHasAChineseLabel(meeting.id());
    assertThat(published.stream(MeetingCancelled.class))
        .containsExactly(new MeetingCancelled(meeting.id(), "上级会议时间冲突", "wangli"));

    assertThatThrownBy(() -> cancellation.cancel(meeting.id(), new CancelInput("再取消"), "wangli"))
        .isInstanceOf(MeetingChangeRefused.class).hasMessageContaining("已取消");
  }

  @Test
  void aCancellationNeedsAReasonAndChangesNothingWithout() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2044, 5, 11, 9, 0));
    assertThatThrownBy(() -> cancellation.cancel(meeting.id(), new CancelInput("  "), "wangli"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(v -> v.field() + ":" + v.rule()).containsExactly("reason:required"));
    assertThat(meetings.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.APPROVED);
  }

  @Test
  void aMoveIntoATakenRoomIsRefusedAndChangesNothing() {
    LocalDateTime nine = LocalDateTime.of(2044, 5, 12, 9, 0);
    MeetingRecord morning = SampleMeetings.approvedMeeting(meetings, "work_deployment", nine);
    MeetingRecord afternoon = SampleMeetings.approvedMeeting(meetings, "work_deployment", nine.withHour(14));
    venue.book(morning.id(), new BookingInput("R302", List.of("projector"), "桌签"), "zhouping");
    venue.book(afternoon.id(), new BookingInput("R302", List.of(), ""), "zhouping");
    RoomBooking before = venue.bookingOf(morning.id()).orElseThrow();

    assertThatThrownBy(() -> rescheduling.reschedule(morning.id(),
        new RescheduleInput("2044-05-12T15:00", "2044-05-12T17:00", "领导下午有空"), "wangli"))
        .isInstanceOf(MeetingChangeRefused.class).hasMessageContaining("R302").hasMessageContaining("14:00");

    assertThat(meetings.find(morning.id()).orElseThrow().plannedStart()).isEqualTo(nine);
    assertThat(venue.bookingOf(morning.id())).contains(before);
    assertThat(events.of(morning.id())).extracting(MeetingEvents.MeetingEvent::action).doesNotContain("RESCHEDULED");
    assertThat(published.stream(MeetingRescheduled.class)).isEmpty();
  }

  @Test
  void aMoveKeepsTheRoomAtTheNewTimeAndTheLifecycleFollows() {
    LocalDateTime nine = LocalDateTime.of(2044, 5, 16, 9, 0);
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment", nine);
    MeetingDriver driver = new MeetingDriver(context);
    ProcessInstance lifecycle = driver.startAndSettle(meeting, false, false, false);
    driver.complete(meeting, "bookVenue", "zhouping", Map.of("roomCode", "R302", "requiredEquipment",
        "[\"projector\"]", "setupNotes", "桌签"));
    String checkStage = driver.instanceOf(meeting, "meetingEquipmentCheck");
    assertThat(checkTimer(checkStage).getDuedate()).as("会前设备检查 opens the working day before, 15:00")
        .isEqualTo(SampleMeetings.date(LocalDateTime.of(2044, 5, 13, 15, 0)));

    MeetingRecord moved = rescheduling.reschedule(meeting.id(),
        new RescheduleInput("2044-05-17T14:00", "2044-05-17T16:00", "与调研活动错开"), "wangli");

    LocalDateTime newStart = LocalDateTime.of(2044, 5, 17, 14, 0);
    assertThat(moved.plannedStart()).isEqualTo(newStart);
    assertThat(moved.plannedEnd()).isEqualTo(newStart.plusHours(2));
    RoomBooking booking = venue.bookingOf(meeting.id()).orElseThrow();
    assertThat(booking.roomCode()).isEqualTo("R302");
    assertThat(booking.startsAt()).isEqualTo(newStart);
    assertThat(venue.arrangement(meeting.id()).requiredEquipment()).containsExactly("projector");
    for (String instance : List.of(lifecycle.getId(), checkStage)) {
      assertThat(runtimeService.getVariables(instance)).as("no process holds a copy of the times")
          .doesNotContainKeys("meetingStart", "meetingEnd");
    }
    assertThat(checkTimer(checkStage).getDuedate()).as("the check's timer follows the move")
        .isEqualTo(SampleMeetings.date(LocalDateTime.of(2044, 5, 16, 15, 0)));
    driver.openEquipmentCheck(meeting);
    assertThat(equipmentCheck(checkStage).getDueDate()).as("会前设备检查 is due when the meeting starts")
        .isEqualTo(SampleMeetings.date(newStart));
    assertEveryStepHasAChineseLabel(meeting.id());
    assertThat(published.stream(MeetingRescheduled.class)).containsExactly(new MeetingRescheduled(meeting.id(),
        nine, nine.plusMinutes(150), newStart, newStart.plusHours(2), "wangli"));

    assertThatThrownBy(() -> rescheduling.reschedule(meeting.id(),
        new RescheduleInput("2044-05-17T16:00", "2044-05-17T15:00", "x"), "wangli"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(v -> v.field() + ":" + v.rule()).containsExactly("plannedEnd:after-start"));
  }

  @Test
  void aMoveCarriesTheDeadlinesAndTheirWaitingTimersOverTheHolidaysAndLeavesAFiredTimerAlone() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2026, 9, 29, 9, 0));
    MeetingDriver driver = new MeetingDriver(context);
    ProcessInstance lifecycle = driver.startAndSettle(meeting, false, false, false);
    driver.prepareVenue(meeting, "R302");
    String materials = driver.instanceOf(meeting, "meetingMaterials");
    String notice = driver.instanceOf(meeting, "meetingNotice");
    // The host department has already been warned that the materials are due: that timer is spent.
    managementService.executeJob(timer(materials, "materialsDueSoon").getId());
    assertThat(timer(materials, "materialsDeadlinePassed").getDuedate())
        .isEqualTo(SampleMeetings.date(LocalDateTime.of(2026, 9, 24, 18, 0)));

    // Two working days later, over 中秋 and 国庆 (2026-10-01..07) and the 调休 Saturday 2026-10-10.
    movedOn(LocalDateTime.of(2026, 9, 1, 10, 0)).reschedule(meeting.id(),
        new RescheduleInput("2026-10-12T09:00", "2026-10-12T11:30", "避开节前集中会议"), "wangli");

    PreparationDeadlines moved = schedule.deadlinesFor("work_deployment", LocalDateTime.of(2026, 10, 12, 9, 0));
    assertThat(moved.noticeDeadline()).isEqualTo(LocalDateTime.of(2026, 10, 8, 18, 0));
    assertThat(moved.noticeEscalationAt()).isEqualTo(LocalDateTime.of(2026, 9, 30, 9, 0));
    assertThat(moved.materialsDeadline()).isEqualTo(LocalDateTime.of(2026, 10, 9, 18, 0));
    assertThat(timer(notice, "noticeDeadlineNear").getDuedate())
        .isEqualTo(SampleMeetings.date(moved.noticeEscalationAt()));
    assertThat(timer(materials, "materialsDeadlinePassed").getDuedate())
        .isEqualTo(SampleMeetings.date(moved.materialsDeadline()));
    assertThat(timer(materials, "materialsDueSoon")).as("fired before the move, not armed again").isNull();
    // No process holds a copy of a deadline: timers and due dates ask the meeting's schedule.
    for (String instance : List.of(lifecycle.getId(), driver.instanceOf(meeting, "meetingPreparation"), notice,
        materials)) {
      assertThat(runtimeService.getVariables(instance)).doesNotContainKeys("noticeDeadline", "noticeEscalationAt",
          "materialsDeadline", "materialsEscalationAt");
    }
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(materials)
        .taskDefinitionKey("prepareMaterials").singleResult().getDueDate())
        .as("the materials task is due at the materials deadline").isEqualTo(SampleMeetings.date(moved.materialsDeadline()));
    assertThat(events.of(meeting.id())).filteredOn(e -> e.action().equals("DEADLINES_MOVED")).singleElement()
        .satisfies(e -> assertThat(e.comment()).contains("通知发出期限 2026-10-08 18:00（预警 2026-09-30 09:00）",
            "材料报送期限 2026-10-09 18:00", "（原通知发出期限 2026-09-23 18:00", "材料报送期限 2026-09-24 18:00"))
        .extracting(MeetingEvents.MeetingEvent::actorUserId).isEqualTo("wangli");
    assertEveryStepHasAChineseLabel(meeting.id());
  }

  @Test
  void aMoveThatMakesTheNoticeLateStillAsksForTheSpecialCircumstances() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2044, 5, 18, 9, 0));
    MeetingDriver driver = new MeetingDriver(context);
    driver.startAndSettle(meeting, false, false, false);
    driver.prepareVenue(meeting, "R302");
    LocalDate tomorrow = LocalDate.now(clock).plusDays(1);

    rescheduling.reschedule(meeting.id(), new RescheduleInput(tomorrow + "T07:00", tomorrow + "T07:30",
        "上级要求提前召开"), "wangli");

    Map<String, Object> withoutReason = MeetingDriver.noticeDraft();
    withoutReason.remove(NoticeVariables.LATE_REASON);
    assertThatThrownBy(() -> driver.complete(meeting, "draftNotice", "zhouping", withoutReason))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("特殊情况");
    driver.complete(meeting, "draftNotice", "zhouping", MeetingDriver.noticeDraft());
    assertThat(events.of(meeting.id())).extracting(MeetingEvents.MeetingEvent::action).contains("drafted-late");
  }

  /** 会议改期 as on {@code today}, in its own transaction like the service's. */
  private Task equipmentCheck(String checkStage) {
    return engine.getTaskService().createTaskQuery().processInstanceId(checkStage).taskDefinitionKey("checkEquipment")
        .singleResult();
  }

  private Job checkTimer(String checkStage) {
    return managementService.createJobQuery().processInstanceId(checkStage).timers().singleResult();
  }

  private Rescheduler movedOn(LocalDateTime today) {
    ZoneId agency = ZoneId.of("Asia/Shanghai");
    MeetingRescheduling service = new MeetingRescheduling(reader, events, venue, meetingSchedule, access,
        Clock.fixed(today.atZone(agency).toInstant(), agency));
    return (id, input, actor) -> new TransactionTemplate(transactions)
        .execute(tx -> service.reschedule(id, input, actor));
  }

  private interface Rescheduler {
    MeetingRecord reschedule(long meetingId, RescheduleInput input, String actor);
  }

  private Job timer(String processInstanceId, String activityId) {
    return managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
        .singleResult();
  }

  private void assertEveryStepHasAChineseLabel(long meetingId) {
    assertThat(events.of(meetingId)).allSatisfy(e -> {
      assertThat(labels.stage(e.stage())).isNotEqualTo(e.stage());
      assertThat(labels.action(e.stage(), e.action())).isNotEqualTo(e.action());
    });
  }
}
