package cn.gov.agency.meeting.meeting;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An approved annual-plan entry, as the meeting it becomes. */
public record PlannedMeeting(
    long planEntryId, int year, String meetingType, String title, String hostDepartmentCode,
    LocalDate plannedDate, Integer plannedMonth, BigDecimal plannedHours, String place, String content,
    int expectedParticipants, BigDecimal estimatedCost) {}
