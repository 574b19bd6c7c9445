package cn.gov.agency.meeting.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Due dates of user tasks whose diagram sets none: {@code dueWorkingDays} working days after the day
 * the task is created, at {@code dueTime}; the key {@value #DEFAULT} applies to every task definition
 * key not listed. A task due within {@code dueSoonWithin} (or already late) is reminded once to its
 * assignee or candidates; the job executor's node looks every {@code dueSoonCheckEvery}.
 */
@ConfigurationProperties("meeting.tasks")
public record TaskDueSettings(
    Map<String, Integer> dueWorkingDays,
    @DefaultValue("18:00") LocalTime dueTime,
    @DefaultValue("PT24H") Duration dueSoonWithin,
    @DefaultValue("PT15M") Duration dueSoonCheckEvery) {

  public static final String DEFAULT = "default";
  private static final int DEFAULT_WORKING_DAYS = 2;
  private static final int MAX_WORKING_DAYS = 250;

  public TaskDueSettings {
    Map<String, Integer> days = new HashMap<>(dueWorkingDays == null ? Map.of() : dueWorkingDays);
    days.putIfAbsent(DEFAULT, DEFAULT_WORKING_DAYS);
    days.forEach((key, value) -> {
      if (value == null || value < 1 || value > MAX_WORKING_DAYS) {
        throw new IllegalArgumentException("meeting.tasks.due-working-days." + key + " must be 1.."
            + MAX_WORKING_DAYS + " working days: " + value);
      }
    });
    dueWorkingDays = Map.copyOf(days);
    if (dueSoonWithin.isNegative() || dueSoonWithin.isZero()) {
      throw new IllegalArgumentException("meeting.tasks.due-soon-within must be positive");
    }
    if (dueSoonCheckEvery.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new IllegalArgumentException("meeting.tasks.due-soon-check-every must be at least PT1M");
    }
  }

  /** Working days a task of this definition key gets. */
  public int workingDaysFor(String taskDefinitionKey) {
    return dueWorkingDays.getOrDefault(taskDefinitionKey, dueWorkingDays.get(DEFAULT));
  }
}
