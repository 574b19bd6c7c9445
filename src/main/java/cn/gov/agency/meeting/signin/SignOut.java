package cn.gov.agency.meeting.signin;

import java.time.LocalDateTime;

/**
 * A departure before the meeting's end (R5.1): when, which kind, how it was recorded (the person's
 * own code or the desk), who recorded it at the desk and their note or the person's reason.
 */
public record SignOut(LocalDateTime at, Departure departure, SignInMethod method, String recordedBy, String note) {}
