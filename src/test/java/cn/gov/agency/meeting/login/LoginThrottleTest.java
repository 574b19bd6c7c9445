package cn.gov.agency.meeting.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final Instant T0 = Instant.parse("2027-03-01T01:00:00Z");
  private final LoginThrottle throttle = new LoginThrottle(new LoginThrottleSettings(Duration.ofSeconds(3), 2,
      Duration.ofSeconds(60), 10, Duration.ofHours(1)));

  @Test
  void wrongPasswordsDelayThatAccountFromThatAddressOnlyAndTheDelayGrows() {
    throttle.failed("qianjun", "10.0.0.9", T0);
    assertThat(throttle.waitFor("qianjun", "10.0.0.9", T0.plusSeconds(1))).contains(Duration.ofSeconds(2));
    assertThat(throttle.waitFor("qianjun", "10.0.0.1", T0.plusSeconds(1))).as("the real user elsewhere").isEmpty();
    assertThat(throttle.waitFor("sunhong", "10.0.0.9", T0.plusSeconds(1))).as("another account").isEmpty();
    assertThat(throttle.waitFor("qianjun", "10.0.0.9", T0.plusSeconds(3))).isEmpty();

    throttle.failed("qianjun", "10.0.0.9", T0.plusSeconds(3));
    throttle.failed("qianjun", "10.0.0.9", T0.plusSeconds(9));
    assertThat(throttle.waitFor("qianjun", "10.0.0.9", T0.plusSeconds(9))).contains(Duration.ofSeconds(12));
  }

  @Test
  void theDelayStopsAtItsMaximumAndNothingIsEverLocked() {
    for (int i = 0; i < 30; i++) {
      throttle.failed("qianjun", "10.0.0.9", T0);
    }
    assertThat(throttle.waitFor("qianjun", "10.0.0.9", T0)).contains(Duration.ofSeconds(60));
    assertThat(throttle.waitFor("qianjun", "10.0.0.9", T0.plusSeconds(60))).isEmpty();
    assertThat(throttle.waitFor("qianjun", "10.0.0.1", T0)).isEmpty();
  }

  @Test
  void manyAccountsTriedFromOneAddressDelayThatAddressForEveryone() {
    for (int i = 0; i < 10; i++) {
      throttle.failed("user" + i, "10.0.0.9", T0);
    }
    assertThat(throttle.waitFor("qianjun", "10.0.0.9", T0)).as("ten failures are free").isEmpty();
    throttle.failed("user10", "10.0.0.9", T0);
    assertThat(throttle.waitFor("qianjun", "10.0.0.9", T0)).contains(Duration.ofSeconds(3));
    assertThat(throttle.waitFor("qianjun", "10.0.0.1", T0)).isEmpty();
  }

  @Test
  void theRightPasswordStartsThatCountAgainAndOldFailuresAreForgotten() {
    throttle.failed("qianjun", "10.0.0.9", T0);
    throttle.failed("qianjun", "10.0.0.9", T0);
    throttle.succeeded("qianjun", "10.0.0.9");
    assertThat(throttle.waitFor("qianjun", "10.0.0.9", T0)).isEmpty();

    throttle.failed("sunhong", "10.0.0.9", T0);
    throttle.failed("sunhong", "10.0.0.9", T0);
    throttle.failed("sunhong", "10.0.0.9", T0.plus(Duration.ofHours(2)));
    assertThat(throttle.waitFor("sunhong", "10.0.0.9", T0.plus(Duration.ofHours(2)))).contains(Duration.ofSeconds(3));
  }
}
