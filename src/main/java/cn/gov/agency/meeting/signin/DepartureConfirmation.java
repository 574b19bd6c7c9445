package cn.gov.agency.meeting.signin;

import java.time.LocalDateTime;

/** What a sign-out or a departure marked at the desk recorded: who left, how (早退, 擅自离会) and when. */
public record DepartureConfirmation(long meetingId, String meetingTitle, long attendeeId, String name,
    Departure departure, String departureLabel, LocalDateTime departedAt) {}
