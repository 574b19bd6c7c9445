package cn.gov.agency.meeting.meeting;

import java.math.BigDecimal;
import java.time.LocalDateTime;

public record MeetingRecord(
    long id, String source, String meetingType, String title, String hostDepartmentCode,
    LocalDateTime plannedStart, LocalDateTime plannedEnd, String place, String content,
    BigDecimal budgetEstimate, MeetingStatus status, String filingNumber, String filedBy,
    LocalDateTime filedAt, int participantCount) {}
