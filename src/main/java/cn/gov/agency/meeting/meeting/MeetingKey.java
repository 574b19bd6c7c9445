package cn.gov.agency.meeting.meeting;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The business key of a meeting's process instances (会议全流程, its stages, reminders, notices of
 * a move or cancellation, leave, budget adjustments): "会议12" for meeting 12, as Cockpit lists it,
 * instead of a bare "12" nobody can tell from any other number. It names the meeting by its number
 * only, never by its title, which may be confidential (R5.2) while the key is shown to anyone who
 * may read the instance. Instances started before the key read so carry the bare number: they are
 * still read as that meeting's.
 */
public final class MeetingKey {

  public static final String PREFIX = "会议";
  private static final Pattern KEY = Pattern.compile("(?:" + PREFIX + ")?(\\d{1,18})");

  private MeetingKey() {}

  public static String of(long meetingId) {
    return PREFIX + meetingId;
  }

  /** The meeting a business key names; empty for the keys of applications ("adhoc-…") and plans ("plan-…"). */
  public static Optional<Long> meetingId(String businessKey) {
    if (businessKey == null) {
      return Optional.empty();
    }
    Matcher matcher = KEY.matcher(businessKey);
    return matcher.matches() ? Optional.of(Long.valueOf(matcher.group(1))) : Optional.empty();
  }
}
