package cn.gov.agency.meeting.meeting;

import cn.gov.agency.meeting.organisation.Department;
import cn.gov.agency.meeting.organisation.Memberships;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * 保守会议机密 (R5.2): the one place that decides what a person may see of a meeting. Every page,
 * API, export, figure and inbox column asks here; no feature decides it on its own.
 *
 * <p>For a confidential meeting a viewer is one of three (for any other meeting everyone sees it
 * whole, as {@link Standing#ENTITLED}):
 * <ul>
 * <li>{@link Standing#OUTSIDER}: may know that a room or a person is taken at a time (占用), not by
 *     what — no title, type, host department, filing number, place beyond the booked room,
 *     participants or content. Lists by time show the meeting as a 占用 row; lists chosen by anything
 *     else leave it out (their choice would tell what the 占用 row hides).</li>
 * <li>{@link Standing#ATTENDEE}: its participants (substitutes and those on leave included) and named
 *     staff see its particulars and content, not the office's handling of it.</li>
 * <li>{@link Standing#ENTITLED}: the host department (staff, head, leader in charge), the office,
 *     finance and auditors see everything.</li>
 * </ul>
 * Whatever the engine carries (process variables, the inbox columns copied onto tasks) can be read
 * by people not known in advance, so it names a confidential meeting only as 涉密会议.
 */
@Component
public class MeetingAccess {

  /** An outsider's word for a confidential meeting's slot: the room or the person is taken. */
  public static final String BUSY = "占用";
  /** How a confidential meeting is named where its title may not go: tasks, variables, notes to outsiders. */
  public static final String CONFIDENTIAL_TITLE = "涉密会议";
  /** The host department of a confidential meeting where its name may not go (the inbox column 主办部门). */
  public static final String UNDISCLOSED = "（不公开）";

  /** How much of a meeting one viewer may see; see the class comment. */
  public enum Standing { OUTSIDER, ATTENDEE, ENTITLED }

  /**
   * Roles that read every meeting, confidential or not: they handle (office; finance holds the
   * money and reviews every claim, R6) or audit all of them.
   */
  private static final List<String> ALWAYS_ENTITLED = List.of("office", "finance", "auditor");

  private final MeetingRepository meetings;
  private final Memberships memberships;
  private final OrganisationDirectory directory;

  MeetingAccess(MeetingRepository meetings, Memberships memberships, OrganisationDirectory directory) {
    this.meetings = meetings;
    this.memberships = memberships;
    this.directory = directory;
  }

  /** True if the meeting is not confidential, or the user is entitled to its content. */
  public boolean mayReadContent(CurrentUser user, MeetingRecord meeting) {
    return !meeting.confidential() || isEntitled(user, meeting);
  }

  /** The same for someone who is not the logged-in user (a message's recipient, a task's candidate). */
  public boolean isEntitled(String userId, MeetingRecord meeting) {
    return isEntitled(new CurrentUser(userId, memberships.groupsOf(userId)), meeting);
  }

  /**
   * Entitled to a confidential meeting's content: its participants (substitutes included, whoever is
   * on leave too — they were invited), the host department's staff, head and leader in charge, its
   * named staff (recorder, service), the office, finance and auditors.
   */
  public boolean isEntitled(CurrentUser user, MeetingRecord meeting) {
    return handles(user, meeting) || takesPart(user, meeting);
  }

  public Standing standing(CurrentUser user, MeetingRecord meeting) {
    if (!meeting.confidential() || handles(user, meeting)) {
      return Standing.ENTITLED;
    }
    return takesPart(user, meeting) ? Standing.ATTENDEE : Standing.OUTSIDER;
  }

  /** True if {@code user} may know no more of the meeting than its 占用 slot. */
  public boolean isOutsider(CurrentUser user, MeetingRecord meeting) {
    return standing(user, meeting) == Standing.OUTSIDER;
  }

  /** The meeting as {@code user} may see it, in a list or on its own page. */
  public MeetingView view(CurrentUser user, MeetingRecord meeting) {
    return switch (standing(user, meeting)) {
      case ENTITLED -> MeetingView.everything(meeting);
      case ATTENDEE -> MeetingView.particulars(meeting);
      case OUTSIDER -> MeetingView.slot(meeting, meetings.bookedRoom(meeting.id()).orElse(null));
    };
  }

  /**
   * The meeting as a row of a list by time (a year's meetings, a calendar): empty when an outsider
   * has nothing to learn from it — a confidential meeting called off or without a time takes nobody's
   * time, and its 占用 row would only say that it exists.
   */
  public Optional<MeetingView> listedByTime(CurrentUser user, MeetingRecord meeting) {
    MeetingView view = view(user, meeting);
    if (view.busy() && (meeting.status() == MeetingStatus.CANCELLED || meeting.plannedStart() == null)) {
      return Optional.empty();
    }
    return Optional.of(view);
  }

  /**
   * True if a list chosen by something other than time (a department's, a person's, a series, the
   * meetings whose minutes or resolutions one reads) may show the meeting to {@code user}: an
   * outsider's row would tell by its mere presence what it must hide, so there is none.
   */
  public boolean listedOtherwise(CurrentUser user, MeetingRecord meeting) {
    return standing(user, meeting) != Standing.OUTSIDER;
  }

  /** Whether {@code user} may read the meeting's trail (办理记录): the office's handling of it. */
  public boolean mayReadTrail(CurrentUser user, MeetingRecord meeting) {
    return standing(user, meeting) == Standing.ENTITLED;
  }

  /**
   * The meeting's name beside something else {@code user} may read of it (a resolution their
   * department carries out, minutes sent to them): its title, or 涉密会议 for an outsider.
   */
  public String titleFor(CurrentUser user, MeetingRecord meeting) {
    return standing(user, meeting) == Standing.OUTSIDER ? CONFIDENTIAL_TITLE : meeting.title();
  }

  /** The same for someone who is not the logged-in user. */
  public String titleFor(String userId, MeetingRecord meeting) {
    return titleFor(new CurrentUser(userId, memberships.groupsOf(userId)), meeting);
  }

  /**
   * The title for readers not known in advance: process variables and their copies on tasks (read by
   * whoever may read the task or the instance — a responsible department, an administrator), and
   * another meeting's trail. A confidential meeting is 涉密会议 there; its entitled people read the
   * title on the pages the tasks link to.
   */
  public String titleForAnyone(MeetingRecord meeting) {
    return meeting.confidential() ? CONFIDENTIAL_TITLE : meeting.title();
  }

  /** The host department code for readers not known in advance (routing reads the record, never this copy). */
  public String hostDepartmentForAnyone(MeetingRecord meeting) {
    return meeting.confidential() ? UNDISCLOSED : meeting.hostDepartmentCode();
  }

  /** The host department's name for readers not known in advance (the inbox column 主办部门). */
  public String hostDepartmentNameForAnyone(MeetingRecord meeting) {
    return meeting.confidential() ? UNDISCLOSED : directory.department(meeting.hostDepartmentCode())
        .map(Department::name).orElse(meeting.hostDepartmentCode());
  }

  /** Handles or audits the meeting: the office, finance, auditors, the host department and its leader. */
  private static boolean handles(CurrentUser user, MeetingRecord meeting) {
    if (ALWAYS_ENTITLED.stream().anyMatch(user::isIn)) {
      return true;
    }
    String host = meeting.hostDepartmentCode();
    return user.isIn(RoleCatalogue.departmentGroupId("staff", host))
        || user.isIn(RoleCatalogue.departmentGroupId("head", host))
        || user.isIn(RoleCatalogue.departmentGroupId("leader", host));
  }

  /** On the participant list (substitutes, those on leave) or named staff of the meeting. */
  private boolean takesPart(CurrentUser user, MeetingRecord meeting) {
    if (meetings.attendees(meeting.id()).stream().anyMatch(a -> user.userId().equals(a.personUserId()))) {
      return true;
    }
    for (StaffDuty duty : StaffDuty.values()) {
      if (meetings.staff(meeting.id(), duty).contains(user.userId())) {
        return true;
      }
    }
    return false;
  }
}
