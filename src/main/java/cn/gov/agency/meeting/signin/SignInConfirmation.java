package cn.gov.agency.meeting.signin;

import java.time.LocalDateTime;

/** A sign-in that succeeded: whose, for which meeting, when, late or not, how. */
public record SignInConfirmation(long meetingId, String meetingTitle, long attendeeId, String name,
    LocalDateTime signedInAt, boolean late, SignInMethod method) {}
