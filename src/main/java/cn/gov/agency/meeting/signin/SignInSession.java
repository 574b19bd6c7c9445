package cn.gov.agency.meeting.signin;

import java.time.LocalDateTime;

/** A meeting's sign-in: its window, and when it was closed (null while open). */
public record SignInSession(long meetingId, SignInWindow window, LocalDateTime closedAt) {

  boolean closed() {
    return closedAt != null;
  }
}
