package cn.gov.agency.meeting.passon;

import java.time.LocalDateTime;

/** A meeting passed on to the person by their department, to acknowledge ({@code acknowledgedAt} null) or done. */
public record MyAcknowledgement(long meetingId, String meetingTitle, LocalDateTime meetingStart, String departmentName,
    LocalDateTime askedAt, LocalDateTime acknowledgedAt) {}
