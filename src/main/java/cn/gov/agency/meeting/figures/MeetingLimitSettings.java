package cn.gov.agency.meeting.figures;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * R1.2 (严格控制会议数量、规模和时长): how many meetings, participants (person-times), hours and
 * estimated cost one department may have in one year. {@code defaults} apply to every department;
 * {@code departments.<code>} and {@code years.<year>.<code>} override single figures of them (a
 * figure left out keeps the broader one; none anywhere means no limit). The administrator changes
 * them in the application's configuration (application.yml or environment, e.g.
 * {@code MEETING_LIMITS_DEFAULTS_MEETINGS=30}); they apply from the next start.
 */
@ConfigurationProperties("meeting.limits")
public record MeetingLimitSettings(@DefaultValue Limit defaults, Map<String, Limit> departments,
    Map<Integer, Map<String, Limit>> years) {

  public MeetingLimitSettings {
    departments = departments == null ? Map.of() : Map.copyOf(departments);
    years = years == null ? Map.of() : Map.copyOf(years);
  }

  /** The limits of {@code department} in {@code year}: the most specific figure of each. */
  public Limit of(String department, int year) {
    Limit yearly = years.getOrDefault(year, Map.of()).get(department);
    return defaults.overriddenBy(departments.get(department)).overriddenBy(yearly);
  }

  /** One department's yearly limits; a null figure is not limited. */
  public record Limit(Integer meetings, Integer participants, BigDecimal hours, BigDecimal cost) {

    public Limit {
      if ((meetings != null && meetings < 0) || (participants != null && participants < 0)
          || (hours != null && hours.signum() < 0) || (cost != null && cost.signum() < 0)) {
        throw new IllegalArgumentException("meeting.limits: meetings, participants, hours and cost must not be negative");
      }
    }

    Limit overriddenBy(Limit other) {
      if (other == null) {
        return this;
      }
      return new Limit(other.meetings != null ? other.meetings : meetings,
          other.participants != null ? other.participants : participants,
          other.hours != null ? other.hours : hours, other.cost != null ? other.cost : cost);
    }
  }
}
