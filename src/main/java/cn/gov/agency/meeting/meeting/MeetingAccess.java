package cn.gov.agency.meeting.meeting;

import cn.gov.agency.meeting.organisation.Memberships;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 保守会议机密 (R5.2): who may see what a confidential meeting discussed and decided — its
 * materials, minutes and resolutions. Every feature asks this on top of its own rules, so a
 * confidential meeting is closed the same way on every page and API.
 */
@Component
public class MeetingAccess {

  /**
   * Roles that read every meeting, confidential or not: they handle (office; finance holds the
   * money and reviews every claim, R6) or audit all of them.
   */
  private static final List<String> ALWAYS_ENTITLED = List.of("office", "finance", "auditor");

  private final MeetingRepository meetings;
  private final Memberships memberships;

  public MeetingAccess(MeetingRepository meetings, Memberships memberships) {
    this.meetings = meetings;
    this.memberships = memberships;
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
   * Entitled to a confidential meeting: its participants (substitutes included, whoever is on
   * leave too — they were invited), the host department's staff, head and leader in charge, its
   * named staff (recorder, service), the office, finance and auditors.
   */
  public boolean isEntitled(CurrentUser user, MeetingRecord meeting) {
    if (ALWAYS_ENTITLED.stream().anyMatch(user::isIn)) {
      return true;
    }
    String host = meeting.hostDepartmentCode();
    if (user.isIn(RoleCatalogue.departmentGroupId("staff", host))
        || user.isIn(RoleCatalogue.departmentGroupId("head", host))
        || user.isIn(RoleCatalogue.departmentGroupId("leader", host))) {
      return true;
    }
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
