package cn.gov.agency.meeting.passon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 会议精神传达 (R7.2): the longest list of who took part (at most 1000, the column's size) and the
 * most people one record may count.
 */
@ConfigurationProperties("meeting.passing-on")
public record PassOnSettings(@DefaultValue("1000") int maxParticipantsLength,
    @DefaultValue("500") int maxParticipantCount) {

  public PassOnSettings {
    if (maxParticipantsLength < 1 || maxParticipantsLength > 1000) {
      throw new IllegalArgumentException("meeting.passing-on.max-participants-length must be 1..1000");
    }
    if (maxParticipantCount < 1) {
      throw new IllegalArgumentException("meeting.passing-on.max-participant-count must be positive");
    }
  }
}
