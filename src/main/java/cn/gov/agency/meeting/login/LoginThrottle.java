package cn.gov.agency.meeting.login;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing down without ever locking anyone out. Wrong passwords for one account
 * from one source address make the next attempt for that account from that address wait (3 s, 6 s,
 * 12 s … up to the maximum); many wrong passwords from one address, whatever the accounts, make
 * every attempt from it wait the same way. The real user at another address is never held back, and
 * no count survives {@code forgetAfter} without a new failure. Attempts made while waiting are
 * refused without looking at the password and are not counted.
 */
public final class LoginThrottle {

  /** Failures kept at most, so that a flood of made-up names cannot fill the memory. */
  private static final int MAX_TRACKED = 100_000;

  private final LoginThrottleSettings settings;
  private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
  private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

  public LoginThrottle(LoginThrottleSettings settings) {
    this.settings = settings;
  }

  private record Failures(int count, Instant last) {}

  /** How long an attempt for {@code userId} from {@code address} must still wait, if at all. */
  public Optional<Duration> waitFor(String userId, String address, Instant now) {
    Optional<Duration> account = remaining(byAccount.get(key(userId, address)), 0, now);
    Optional<Duration> source = remaining(byAddress.get(address), settings.addressFailuresBeforeDelay(), now);
    if (account.isPresent() && source.isPresent()) {
      return Optional.of(account.get().compareTo(source.get()) > 0 ? account.get() : source.get());
    }
    return account.or(() -> source);
  }

  public void failed(String userId, String address, Instant now) {
    if (byAccount.size() > MAX_TRACKED || byAddress.size() > MAX_TRACKED) {
      forgetOld(now);
    }
    byAccount.merge(key(userId, address), new Failures(1, now), (old, one) -> next(old, now));
    byAddress.merge(address, new Failures(1, now), (old, one) -> next(old, now));
  }

  /** The right password: that account's count from that address starts again (the address's does not). */
  public void succeeded(String userId, String address) {
    byAccount.remove(key(userId, address));
  }

  private Failures next(Failures old, Instant now) {
    return expired(old, now) ? new Failures(1, now) : new Failures(old.count() + 1, now);
  }

  private Optional<Duration> remaining(Failures failures, int free, Instant now) {
    if (failures == null || expired(failures, now) || failures.count() <= free) {
      return Optional.empty();
    }
    Duration wait = delay(failures.count() - free);
    Duration left = Duration.between(now, failures.last().plus(wait));
    return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
  }

  /** base × factor^(n−1), at most max: Camunda's own rule, per account and address instead of per account. */
  Duration delay(int failures) {
    double seconds = settings.delayBase().toMillis() / 1000.0 * Math.pow(settings.delayFactor(), failures - 1);
    long millis = (long) Math.min(seconds * 1000, settings.delayMax().toMillis());
    return Duration.ofMillis(millis);
  }

  private boolean expired(Failures failures, Instant now) {
    return failures.last().plus(settings.forgetAfter()).isBefore(now);
  }

  private void forgetOld(Instant now) {
    byAccount.values().removeIf(failures -> expired(failures, now));
    byAddress.values().removeIf(failures -> expired(failures, now));
  }

  private static String key(String userId, String address) {
    return userId + "\u0000" + address;
  }
}
