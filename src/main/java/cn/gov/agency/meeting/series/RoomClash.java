package cn.gov.agency.meeting.series;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An occurrence whose room was taken: filed without a booking, for the office to book another room. */
public record RoomClash(long meetingId, LocalDate date, String roomCode, String otherMeetingTitle,
    LocalDateTime otherStart, LocalDateTime otherEnd) {}
