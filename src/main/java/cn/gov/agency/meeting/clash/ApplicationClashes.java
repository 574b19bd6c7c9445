package cn.gov.agency.meeting.clash;

import cn.gov.agency.meeting.adhoc.AdhocApplication;
import cn.gov.agency.meeting.adhoc.ApplicationStatus;
import cn.gov.agency.meeting.meeting.Participant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The clashes of an ad-hoc application's participants (R3.2), while it is still being decided:
 * the applicant sees them on the status page, the leader on the approval form.
 */
@Component
public class ApplicationClashes {

  private static final Set<ApplicationStatus> UNDECIDED =
      EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED, ApplicationStatus.APPROVED);

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

  /** One line per person for a form's read-only text; 无 when nobody clashes. */
  public static String asText(List<ParticipantClash> clashes) {
    return clashes.isEmpty() ? "无" : String.join("\n", clashes.stream().map(ParticipantClash::describe).toList());
  }
}
