package cn.gov.agency.meeting.minutes;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What R4.3 leaves to the agency: the most rows one section of the minutes may hold, the longest
 * content or discussion text (the table holds at most {@value #TEXT_COLUMN} characters), and the
 * categories a symposium's opinions are sorted into (R2: 逐条梳理).
 */
@ConfigurationProperties("meeting.minutes")
public record MinutesSettings(
    @DefaultValue("100") int maxRows,
    @DefaultValue("20000") int maxTextLength,
    @DefaultValue({"政策制度", "工作改进", "服务保障", "其他"}) List<String> opinionCategories) {

  static final int TEXT_COLUMN = 20000;

  public MinutesSettings {
    if (maxRows < 1) {
      throw new IllegalArgumentException("meeting.minutes.max-rows must be at least 1");
    }
    if (maxTextLength < 100 || maxTextLength > TEXT_COLUMN) {
      throw new IllegalArgumentException("meeting.minutes.max-text-length must be between 100 and " + TEXT_COLUMN);
    }
    opinionCategories = opinionCategories.stream().map(String::trim).filter(c -> !c.isEmpty()).toList();
    if (opinionCategories.isEmpty()) {
      throw new IllegalArgumentException("meeting.minutes.opinion-categories must name at least one category");
    }
  }
}
