package cn.gov.agency.meeting.adhoc;

import cn.gov.agency.meeting.clash.ParticipantClash;
import cn.gov.agency.meeting.clash.ParticipantClashes;
import cn.gov.agency.meeting.meeting.Participant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The clashes of an ad-hoc application's participants (R3.2), while it is still being decided:
 * the applicant sees them on the status page, the leader on the approval form. Adhoc's own view of
 * clash/'s check, so that clash/ knows nothing of applications.
 */
@Component
public class ApplicationClashes {

  private static final Set<ApplicationStatus> UNDECIDED =
      EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED, ApplicationStatus.APPROVED);

  /** The engine's limit for a String variable (ACT_RU_VARIABLE.TEXT_, varchar(4000)). */
  static final int TEXT_LIMIT = 4000;
  public static final int MEETINGS_PER_PERSON = 3;

  private final ParticipantClashes clashes;

  public ApplicationClashes(ParticipantClashes clashes) {
    this.clashes = clashes;
  }

  public List<ParticipantClash> of(AdhocApplication application, String viewerUserId) {
    if (!UNDECIDED.contains(application.status())) {
      return List.of();
    }
    List<String> people = application.participants().stream().map(Participant::personUserId)
        .filter(Objects::nonNull).toList();
    // Once filed the meeting exists with the same participants: it does not clash with itself.
    return clashes.clashes(application.plannedStart(), application.plannedEnd(), people, application.meetingId(),
        viewerUserId);
  }

  /**
   * The clashes of a proposal not yet submitted (the start form asks while the applicant can still
   * change the time): the same overlap rule as after submission, for the people named so far.
   */
  public List<ParticipantClash> proposed(LocalDateTime start, LocalDateTime end, Collection<String> userIds,
      String viewerUserId) {
    if (userIds.isEmpty() || !end.isAfter(start)) {
      return List.of();
    }
    return clashes.clashes(start, end, userIds, null, viewerUserId);
  }

  /**
   * One line per person for a form's read-only text; 无 when nobody clashes. The engine keeps a text
   * variable in at most {@link #TEXT_LIMIT} characters: each person names a few meetings, and people
   * beyond what fits are counted, not dropped silently (the status page lists them all).
   */
  public static String asText(List<ParticipantClash> clashes) {
    if (clashes.isEmpty()) {
      return "无";
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < clashes.size(); i++) {
      String line = clashes.get(i).describe(MEETINGS_PER_PERSON);
      String more = "……另有 " + (clashes.size() - i) + " 人参会时间冲突，详见申请页面";
      boolean last = i == clashes.size() - 1;
      if (text.length() + 1 + line.length() + (last ? 0 : 1 + more.length()) > TEXT_LIMIT) {
        return text.append(more).toString();
      }
      text.append(line).append(last ? "" : "\n");
    }
    return text.toString();
  }
}
