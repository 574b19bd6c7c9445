package cn.gov.agency.meeting.meeting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A meeting the agency holds. Meetings from the annual plan start with a date or a month only
 * ({@code plannedStart} null) until their department schedules them. Whoever reads it on a page
 * or an API reads it through {@link MeetingAccess#view} (R5.2). {@code timesFixedAt}: when its
 * times were last filed, scheduled or moved, which the preparation deadlines are counted against.
 */
public record MeetingRecord(
    long id, String source, String meetingType, String title, String hostDepartmentCode,
    LocalDateTime plannedStart, LocalDateTime plannedEnd, String place, String content,
    BigDecimal budgetEstimate, MeetingStatus status, String filingNumber, String filedBy,
    LocalDateTime filedAt, int participantCount, int year, Long planEntryId, LocalDate plannedDate,
    Integer plannedMonth, BigDecimal plannedHours, Integer expectedParticipants, boolean important,
    boolean needsCatering, boolean needsAccommodation, String lifecycleProcessInstanceId, boolean confidential,
    LocalDateTime timesFixedAt) {}
