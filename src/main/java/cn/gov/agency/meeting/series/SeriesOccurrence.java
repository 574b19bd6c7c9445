package cn.gov.agency.meeting.series;

import cn.gov.agency.meeting.meeting.MeetingStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One meeting of a series as the series page lists it. */
public record SeriesOccurrence(long meetingId, LocalDate ruleDate, LocalDateTime plannedStart,
    LocalDateTime plannedEnd, MeetingStatus status, String roomCode, boolean lifecycleStarted) {

  /** Held on another day than its rule gave (holiday rule MOVE). */
  public boolean moved() {
    return !ruleDate.equals(plannedStart.toLocalDate());
  }

  public String statusLabel() {
    return status.label();
  }
}
