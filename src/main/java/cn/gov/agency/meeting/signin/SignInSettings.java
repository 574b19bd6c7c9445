package cn.gov.agency.meeting.signin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 会议签到 (R4.1): the regulation says "before the start" without a number. Sign-in opens this many
 * minutes before the meeting starts and closes when it ends; whoever signs in more than
 * {@code lateToleranceMinutes} after the start is recorded as late (R5.1). {@code qrSize} is the
 * side of the QR code image in pixels.
 */
@ConfigurationProperties("meeting.sign-in")
public record SignInSettings(
    @DefaultValue("30") int opensMinutesBefore,
    @DefaultValue("0") int lateToleranceMinutes,
    @DefaultValue("300") int qrSize) {

  public SignInSettings {
    if (opensMinutesBefore < 0 || opensMinutesBefore > 24 * 60) {
      throw new IllegalArgumentException("meeting.sign-in.opens-minutes-before must be between 0 and 1440");
    }
    if (lateToleranceMinutes < 0) {
      throw new IllegalArgumentException("meeting.sign-in.late-tolerance-minutes must not be negative");
    }
    if (qrSize < 100 || qrSize > 1000) {
      throw new IllegalArgumentException("meeting.sign-in.qr-size must be between 100 and 1000 pixels");
    }
  }
}
