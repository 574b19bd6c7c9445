package cn.gov.agency.meeting.signin;

import java.time.LocalDateTime;

/**
 * When a meeting's sign-in is open: from {@code opensAt} until {@code closesAt} (the meeting's
 * end, excluded); a sign-in after {@code lateAfter} is late.
 */
public record SignInWindow(LocalDateTime opensAt, LocalDateTime lateAfter, LocalDateTime closesAt) {

  static SignInWindow of(LocalDateTime start, LocalDateTime end, SignInSettings settings) {
    return new SignInWindow(start.minusMinutes(settings.opensMinutesBefore()),
        start.plusMinutes(settings.lateToleranceMinutes()), end);
  }

  boolean notYetOpen(LocalDateTime now) {
    return now.isBefore(opensAt);
  }

  boolean over(LocalDateTime now) {
    return !now.isBefore(closesAt);
  }

  boolean late(LocalDateTime signedInAt) {
    return signedInAt.isAfter(lateAfter);
  }
}
