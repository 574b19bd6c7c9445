package cn.gov.agency.meeting.signin;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.StaffDuty;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who reads a meeting's sign-in sheet and attendance: the office, the host department (staff, head,
 * leader in charge), the meeting's sign-in staff and auditors — and, for a confidential meeting,
 * only those of them {@link MeetingAccess} entitles (R5.2).
 */
@Component
class SignInAccess {

  private static final List<String> READ_ALL = List.of("office", "auditor");

  private final Meetings meetings;
  private final MeetingAccess meetingAccess;

  SignInAccess(Meetings meetings, MeetingAccess meetingAccess) {
    this.meetings = meetings;
    this.meetingAccess = meetingAccess;
  }

  boolean mayReadSheet(CurrentUser user, MeetingRecord meeting) {
    String host = meeting.hostDepartmentCode();
    boolean role = READ_ALL.stream().anyMatch(user::isIn)
        || user.isIn(RoleCatalogue.departmentGroupId("staff", host))
        || user.isIn(RoleCatalogue.departmentGroupId("head", host))
        || user.isIn(RoleCatalogue.departmentGroupId("leader", host))
        || meetings.staff(meeting.id(), StaffDuty.SIGN_IN).contains(user.userId());
    return role && meetingAccess.mayReadContent(user, meeting);
  }
}
