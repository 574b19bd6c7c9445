package cn.gov.agency.meeting.signin;

import java.time.LocalDateTime;

/** A guest's code, which the office hands over; guests sign in at the desk. */
public record GuestSignInCode(long attendeeId, String guestName, String guestUnit, String code, String url,
    LocalDateTime signedInAt) {}
