package cn.gov.agency.meeting.clash;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The participant-clash check's limits: how many people one question may name (an application
 * lists at most as many participants, see meeting/ParticipantResolver) and how long a period it may
 * span, so one request cannot scan the whole booking history.
 */
@ConfigurationProperties("meeting.clash")
public record ClashSettings(@DefaultValue("2000") int maxPeople, @DefaultValue("31") int maxSpanDays) {

  public ClashSettings {
    if (maxPeople < 1) {
      throw new IllegalArgumentException("meeting.clash.max-people must be at least 1");
    }
    if (maxSpanDays < 1) {
      throw new IllegalArgumentException("meeting.clash.max-span-days must be at least 1");
    }
  }
}
