package cn.gov.agency.meeting.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code meeting.login.*}: the delay after the first wrong password ({@code delay-base}), its growth
 * per further failure ({@code delay-factor}), its ceiling ({@code delay-max}), how many failures one
 * source address may have across all accounts before its attempts wait too, and when failures are
 * forgotten.
 */
@ConfigurationProperties("meeting.login")
public record LoginThrottleSettings(Duration delayBase, double delayFactor, Duration delayMax,
    int addressFailuresBeforeDelay, Duration forgetAfter) {

  public LoginThrottleSettings {
    if (delayBase == null || delayBase.isNegative() || delayMax == null || delayMax.compareTo(delayBase) < 0
        || delayFactor < 1 || addressFailuresBeforeDelay < 0 || forgetAfter == null || forgetAfter.isNegative()) {
      throw new IllegalArgumentException("meeting.login: delay-base ≥ 0, delay-max ≥ delay-base, delay-factor ≥ 1, "
          + "address-failures-before-delay ≥ 0 and forget-after ≥ 0 are required");
    }
  }
}
