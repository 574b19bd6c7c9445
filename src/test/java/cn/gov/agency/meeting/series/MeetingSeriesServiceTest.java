package cn.gov.agency.meeting.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.agency.meeting.lifecycle.MeetingLifecycle;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.meeting.TrailLabels;
import cn.gov.agency.meeting.notice.CancellationVariables;
import cn.gov.agency.meeting.meeting.NewMeeting;
import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.venue.BookingInput;
import cn.gov.agency.meeting.venue.RoomBooking;
import cn.gov.agency.meeting.venue.VenueService;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** 周期会议 filed, booked and cancelled against the shared H2 database (rooms R601 and B101, own dates). */
@ProcessTest
class MeetingSeriesServiceTest {

  @Autowired MeetingSeriesService service;
  @Autowired MeetingRows meetings;
  @Autowired VenueService venue;
  @Autowired MeetingLifecycle lifecycle;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;
  @Autowired MeetingEvents events;
  @Autowired TrailLabels labels;

  @Test
  void everyOccurrenceIsBookedExceptTheOneWhoseRoomIsTaken() {
    MeetingRecord other = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2045, 3, 13, 9, 30));
    venue.book(other.id(), new BookingInput("R601", List.of(), ""), "zhouping");

    SeriesFiled filed = service.file(weekly(LocalDateTime.of(2045, 3, 6, 9, 0)),
        new Recurrence(RepeatPattern.WEEKLY, null, 4, HolidayRule.SKIP), "R601");

    assertThat(filed.meetingIds()).hasSize(4);
    assertThat(filed.clashes()).singleElement().satisfies(clash -> {
      assertThat(clash.date()).isEqualTo(LocalDate.of(2045, 3, 13));
      assertThat(clash.otherMeetingTitle()).isEqualTo(other.title());
      assertThat(clash.meetingId()).isEqualTo(filed.meetingIds().get(1));
    });
    List<SeriesOccurrence> occurrences = service.occurrences(filed.seriesId());
    assertThat(occurrences).extracting(SeriesOccurrence::ruleDate).containsExactly(LocalDate.of(2045, 3, 6),
        LocalDate.of(2045, 3, 13), LocalDate.of(2045, 3, 20), LocalDate.of(2045, 3, 27));
    assertThat(occurrences).extracting(SeriesOccurrence::roomCode).containsExactly("R601", null, "R601", "R601");
    assertThat(venue.bookingOf(other.id())).map(RoomBooking::roomCode).contains("R601");
    // Years ahead: beyond the lifecycle horizon, nothing starts yet.
    assertThat(occurrences).noneMatch(SeriesOccurrence::lifecycleStarted);
    assertThat(events.of(filed.meetingIds().get(1))).extracting(MeetingEvents.MeetingEvent::action)
        .containsExactly("OCCURRENCE_FILED", "ROOM_TAKEN");
    assertThat(events.of(filed.meetingIds().get(1))).allSatisfy(
        e -> assertThat(labels.action(e.stage(), e.action())).isNotEqualTo(e.action()));
    assertThat(service.find(filed.seriesId()).recurrenceRule()).isEqualTo("FREQ=WEEKLY;BYDAY=MO;COUNT=4");
  }

  @Test
  void aRoomTooSmallOrUnknownRefusesTheWholeSeries() {
    long before = meetings.findByYear(2045).size();
    assertThatThrownBy(() -> service.file(weekly(LocalDateTime.of(2045, 4, 3, 9, 0)),
        new Recurrence(RepeatPattern.WEEKLY, null, 3, HolidayRule.SKIP), "X999"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(v -> v.field() + ":" + v.rule()).containsExactly("seriesRoomCode:known-room"));
    assertThat(meetings.findByYear(2045)).hasSize((int) before);
  }

  @Test
  void cancellingThisAndLaterLeavesTheEarlierOccurrencesIntact() {
    LocalDate firstDay = LocalDate.now().plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    SeriesFiled filed = service.file(weekly(firstDay.atTime(16, 0)),
        new Recurrence(RepeatPattern.WEEKLY, null, 4, HolidayRule.MOVE), "B101");
    // The application process starts the first meeting's lifecycle; the series those within the horizon.
    lifecycle.start(filed.meetingIds().get(0));
    List<SeriesOccurrence> before = service.occurrences(filed.seriesId());
    assertThat(before).allMatch(SeriesOccurrence::lifecycleStarted);
    assertThat(before).extracting(SeriesOccurrence::roomCode).containsOnly("B101");
    LocalDate third = before.get(2).ruleDate();

    List<Long> cancelled = service.cancel(filed.seriesId(),
        new SeriesCancelInput(third.toString(), "THIS_AND_LATER", "专项工作提前结束"), "wangli");

    assertThat(cancelled).containsExactly(filed.meetingIds().get(2), filed.meetingIds().get(3));
    List<SeriesOccurrence> after = service.occurrences(filed.seriesId());
    assertThat(after).extracting(SeriesOccurrence::status).containsExactly(MeetingStatus.APPROVED,
        MeetingStatus.APPROVED, MeetingStatus.CANCELLED, MeetingStatus.CANCELLED);
    assertThat(after).extracting(SeriesOccurrence::roomCode).containsExactly("B101", "B101", null, null);
    assertThat(filed.meetingIds()).extracting(this::lifecycleRunning).containsExactly(true, true, false, false);
    assertThat(filed.meetingIds()).extracting(this::participantsBeingTold).containsExactly(false, false, true, true);
    for (Long meetingId : cancelled) {
      runJobsOf(meetingId);
      assertThat(jdbc.queryForList("""

          select r.person_user_id from cancellation_delivery d join cancellation_recipient r on r.id = d.recipient_id
           where r.meeting_id = ? and d.channel = 'IN_APP' and d.status = 'SENT' order by r.id""", String.class,
          meetingId)).as("told of occurrence %s", meetingId).containsExactly("fenggang", "wangli", "qianjun");
    }

    assertThatThrownBy(() -> service.cancel(filed.seriesId(),
        new SeriesCancelInput(third.toString(), "ONE", "再取消一次"), "wangli"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(v -> v.field() + ":" + v.rule()).containsExactly("fromOccurrence:open-occurrence"));
    List<Long> second = service.cancel(filed.seriesId(),
        new SeriesCancelInput(before.get(1).ruleDate().toString(), "ONE", "领导出差"), "wangli");
    assertThat(second).containsExactly(filed.meetingIds().get(1));
    assertThat(lifecycleRunning(filed.meetingIds().get(0))).isTrue();
  }

  private boolean participantsBeingTold(long meetingId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(CancellationVariables.PROCESS_KEY)
        .processInstanceBusinessKey(MeetingKey.of(meetingId)).count() == 1;
  }

  /** The job executor is off here: runs 会议取消通知's steps of one occurrence. */
  private void runJobsOf(long meetingId) {
    String told = runtimeService.createProcessInstanceQuery().processDefinitionKey(CancellationVariables.PROCESS_KEY)
        .processInstanceBusinessKey(MeetingKey.of(meetingId)).singleResult().getId();
    List<Job> jobs = managementService.createJobQuery().processInstanceId(told).executable().list();
    while (!jobs.isEmpty()) {
      jobs.forEach(job -> managementService.executeJob(job.getId()));
      jobs = managementService.createJobQuery().processInstanceId(told).executable().list();
    }
  }

  private boolean lifecycleRunning(long meetingId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(MeetingLifecycle.PROCESS_KEY)
        .processInstanceBusinessKey(MeetingKey.of(meetingId)).count() == 1;
  }

  private static NewMeeting weekly(LocalDateTime start) {
    return new NewMeeting("ADHOC", "work_deployment", "专项工作周例会", "policy", start, start.plusHours(1), "待定",
        "通报进展，协调问题", new BigDecimal("0.00"),
        List.of(Participant.person("fenggang"), Participant.person("wangli"), Participant.person("qianjun")),
        "zhouping");
  }
}
