package cn.gov.agency.meeting.meeting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A meeting the agency holds. Meetings from the annual plan start with a date or a month only
 * ({@code plannedStart} null) until their department schedules them.
 */
public record MeetingRecord(
    long id, String source, String meetingType, String title, String hostDepartmentCode,
    LocalDateTime plannedStart, LocalDateTime plannedEnd, String place, String content,
    BigDecimal budgetEstimate, MeetingStatus status, String filingNumber, String filedBy,
    LocalDateTime filedAt, int participantCount, int year, Long planEntryId, LocalDate plannedDate,
    Integer plannedMonth, BigDecimal plannedHours, Integer expectedParticipants, boolean important,
    boolean needsCatering, boolean needsAccommodation, String lifecycleProcessInstanceId, boolean confidential) {

  /** What someone not entitled to a confidential meeting sees (R5.2): that it exists, not what it is about. */
  public MeetingRecord withoutContent() {
    return new MeetingRecord(id, source, meetingType, title, hostDepartmentCode, plannedStart, plannedEnd, place,
        "（涉密会议，内容不公开）", budgetEstimate, status, filingNumber, filedBy, filedAt, participantCount, year,
        planEntryId, plannedDate, plannedMonth, plannedHours, expectedParticipants, important, needsCatering,
        needsAccommodation, lifecycleProcessInstanceId, confidential);
  }
}
