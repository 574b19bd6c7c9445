package cn.gov.agency.meeting.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.meeting.MeetingCancelled;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRepository;
import cn.gov.agency.meeting.meeting.MeetingRescheduled;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.meeting.TrailLabels;
import cn.gov.agency.meeting.support.MeetingDriver;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.venue.BookingInput;
import cn.gov.agency.meeting.venue.RoomBooking;
import cn.gov.agency.meeting.venue.RoomRepository;
import cn.gov.agency.meeting.venue.VenueService;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** 取消会议 and 会议改期 of one meeting against the real lifecycle (R302 on days of 2044 no other test uses). */
@ProcessTest
@RecordApplicationEvents
class MeetingChangeProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired MeetingRepository meetings;
  @Autowired MeetingEvents events;
  @Autowired RoomRepository rooms;
  @Autowired VenueService venue;
  @Autowired MeetingCancellation cancellation;
  @Autowired MeetingRescheduling rescheduling;
  @Autowired ApplicationContext context;
  @Autowired ApplicationEvents published;
  @Autowired TrailLabels labels;

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

    MeetingRecord cancelled = cancellation.cancel(meeting.id(), new CancelInput("上级会议时间冲突"), "wangli");

    assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
    assertThat(lifecycle).isEnded().hasPassed("meetingCancelledReceived", "meetingCancelledEnd");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(meeting.id()))
        .count()).isZero();
    assertThat(rooms.activeBookingOf(meeting.id())).isEmpty();
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
    RoomBooking before = rooms.activeBookingOf(morning.id()).orElseThrow();

    assertThatThrownBy(() -> rescheduling.reschedule(morning.id(),
        new RescheduleInput("2044-05-12T15:00", "2044-05-12T17:00", "领导下午有空"), "wangli"))
        .isInstanceOf(MeetingChangeRefused.class).hasMessageContaining("R302").hasMessageContaining("14:00");

    assertThat(meetings.find(morning.id()).orElseThrow().plannedStart()).isEqualTo(nine);
    assertThat(rooms.activeBookingOf(morning.id())).contains(before);
    assertThat(events.of(morning.id())).extracting(MeetingEvents.MeetingEvent::action).doesNotContain("RESCHEDULED");
    assertThat(published.stream(MeetingRescheduled.class)).isEmpty();
  }

  @Test
  void aMoveKeepsTheRoomAtTheNewTimeAndTheLifecycleFollows() {
    LocalDateTime nine = LocalDateTime.of(2044, 5, 16, 9, 0);
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment", nine);
    ProcessInstance lifecycle = new MeetingDriver(context).startAndSettle(meeting, false, false, false);
    venue.book(meeting.id(), new BookingInput("R302", List.of("projector"), "桌签"), "zhouping");

    MeetingRecord moved = rescheduling.reschedule(meeting.id(),
        new RescheduleInput("2044-05-17T14:00", "2044-05-17T16:00", "与调研活动错开"), "wangli");

    LocalDateTime newStart = LocalDateTime.of(2044, 5, 17, 14, 0);
    assertThat(moved.plannedStart()).isEqualTo(newStart);
    assertThat(moved.plannedEnd()).isEqualTo(newStart.plusHours(2));
    RoomBooking booking = rooms.activeBookingOf(meeting.id()).orElseThrow();
    assertThat(booking.roomCode()).isEqualTo("R302");
    assertThat(booking.startsAt()).isEqualTo(newStart);
    assertThat(venue.arrangement(meeting.id()).requiredEquipment()).containsExactly("projector");
    assertThat(runtimeService.getVariable(lifecycle.getId(), LifecycleVariables.MEETING_START))
        .isEqualTo(SampleMeetings.date(newStart));
    assertEveryStepHasAChineseLabel(meeting.id());
    assertThat(published.stream(MeetingRescheduled.class)).containsExactly(new MeetingRescheduled(meeting.id(),
        nine, nine.plusMinutes(150), newStart, newStart.plusHours(2), "wangli"));

    assertThatThrownBy(() -> rescheduling.reschedule(meeting.id(),
        new RescheduleInput("2044-05-17T16:00", "2044-05-17T15:00", "x"), "wangli"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(v -> v.field() + ":" + v.rule()).containsExactly("plannedEnd:after-start"));
  }

  private void assertEveryStepHasAChineseLabel(long meetingId) {
    assertThat(events.of(meetingId)).allSatisfy(e -> {
      assertThat(labels.stage(e.stage())).isNotEqualTo(e.stage());
      assertThat(labels.action(e.stage(), e.action())).isNotEqualTo(e.action());
    });
  }
}
