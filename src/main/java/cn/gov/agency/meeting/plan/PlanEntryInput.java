package cn.gov.agency.meeting.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One checked planned meeting of a department's plan (R3.1). */
public record PlanEntryInput(
    String name, String meetingType, LocalDate plannedDate, Integer plannedMonth, BigDecimal plannedHours,
    String place, int participantCount, String participants, String content, BigDecimal estimatedCost) {}
