package cn.gov.agency.meeting.signin;

import java.time.LocalDateTime;

/** A person's own code for one meeting, with the address its QR code encodes; signed out = left early. */
public record MySignInCode(long meetingId, String meetingTitle, LocalDateTime meetingStart, LocalDateTime meetingEnd,
    String place, String code, String url, LocalDateTime opensAt, LocalDateTime closesAt, LocalDateTime signedInAt,
    LocalDateTime signedOutAt) {}
