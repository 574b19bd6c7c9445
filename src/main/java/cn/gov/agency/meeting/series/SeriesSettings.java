package cn.gov.agency.meeting.series;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 周期会议 limits: at most {@code maxOccurrences} meetings per series (a year of weekly meetings),
 * and only occurrences within {@code lifecycleHorizonDays} start their lifecycle when the series is
 * filed; the daily start job starts the later ones as they come within the horizon.
 */
@ConfigurationProperties("meeting.series")
public record SeriesSettings(
    @DefaultValue("53") int maxOccurrences,
    @DefaultValue("42") int lifecycleHorizonDays) {

  public SeriesSettings {
    if (maxOccurrences < 2) {
      throw new IllegalArgumentException("meeting.series.max-occurrences must be at least 2");
    }
    if (lifecycleHorizonDays < 1) {
      throw new IllegalArgumentException("meeting.series.lifecycle-horizon-days must be at least 1");
    }
  }
}
