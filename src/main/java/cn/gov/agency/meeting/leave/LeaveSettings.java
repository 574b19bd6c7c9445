package cn.gov.agency.meeting.leave;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What R5.1 leaves open: how long before the start leave must be asked for at the latest
 * ("beforehand"; zero = until the meeting starts), and the longest reason and decision comment.
 */
@ConfigurationProperties("meeting.leave")
public record LeaveSettings(
    @DefaultValue("PT0M") Duration latestBeforeStart,
    @DefaultValue("500") int maxReasonLength,
    @DefaultValue("1000") int maxCommentLength) {

  public LeaveSettings {
    if (latestBeforeStart.isNegative()) {
      throw new IllegalArgumentException("meeting.leave.latest-before-start must not be negative");
    }
    if (maxReasonLength <= 0 || maxReasonLength > 1000 || maxCommentLength <= 0 || maxCommentLength > 2000) {
      throw new IllegalArgumentException(
          "meeting.leave.max-reason-length must be 1..1000 and max-comment-length 1..2000 (the columns' sizes)");
    }
  }
}
