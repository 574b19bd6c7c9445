package cn.gov.agency.meeting.meeting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many meetings one page of a year's list shows ({@code /app/meetings}, {@code /api/meetings}):
 * a large agency's year is thousands of meetings, never one page of megabytes. The API may ask for
 * up to {@code maxPageSize}.
 */
@ConfigurationProperties("meeting.list")
public record MeetingListSettings(@DefaultValue("200") int pageSize, @DefaultValue("1000") int maxPageSize) {

  public MeetingListSettings {
    if (pageSize < 1 || maxPageSize < pageSize) {
      throw new IllegalArgumentException("meeting.list: page-size must be at least 1 and max-page-size at least page-size");
    }
  }
}
