package cn.gov.agency.meeting.meeting;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** What a meeting record is created from (an approved application, later a plan entry). */
public record NewMeeting(
    String source, String meetingType, String title, String hostDepartmentCode,
    LocalDateTime plannedStart, LocalDateTime plannedEnd, String place, String content,
    BigDecimal budgetEstimate, List<Participant> participants, String filedBy) {}
