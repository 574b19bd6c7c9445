package cn.gov.agency.meeting.opinions;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What R2 leaves to the agency for a symposium's opinions: in how many working days after the
 * minutes' approval the owner department answers, how many working days before that deadline and at
 * what time it is reminded, and the longest text of a handling or answer.
 */
@ConfigurationProperties("meeting.opinions")
public record OpinionSettings(
    @DefaultValue("10") int answerWorkingDays,
    @DefaultValue("2") int reminderWorkingDays,
    @DefaultValue("09:00") LocalTime reminderTime,
    @DefaultValue("2000") int maxTextLength) {

  public OpinionSettings {
    if (answerWorkingDays < 1) {
      throw new IllegalArgumentException("meeting.opinions.answer-working-days must be at least 1");
    }
    if (reminderWorkingDays < 0 || reminderWorkingDays >= answerWorkingDays) {
      throw new IllegalArgumentException(
          "meeting.opinions.reminder-working-days must be at least 0 and less than answer-working-days");
    }
    if (maxTextLength < 1 || maxTextLength > 2000) {
      throw new IllegalArgumentException("meeting.opinions.max-text-length must be between 1 and 2000");
    }
  }
}
