package cn.gov.agency.meeting.execution;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.StaffDuty;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.stereotype.Component;

/**
 * Who reads a meeting's staffing and staff duties: the office, auditors, the host department (staff,
 * head, leader in charge) and the named staff themselves — of a confidential meeting only those
 * {@link MeetingAccess} entitles (R5.2).
 */
@Component
class StaffingAccess {

  private static final List<String> READ_ALL = List.of("office", "auditor");

  private final Meetings meetings;
  private final MeetingAccess access;

  StaffingAccess(Meetings meetings, MeetingAccess access) {
    this.meetings = meetings;
    this.access = access;
  }

  MeetingRecord readable(long meetingId, CurrentUser user) {
    MeetingRecord meeting = meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("meeting " + meetingId));
    String host = meeting.hostDepartmentCode();
    boolean role = READ_ALL.stream().anyMatch(user::isIn)
        || List.of("staff", "head", "leader").stream().anyMatch(r -> user.isIn(RoleCatalogue.departmentGroupId(r, host)))
        || Arrays.stream(StaffDuty.values()).anyMatch(d -> meetings.staff(meetingId, d).contains(user.userId()));
    if (!role || !access.mayReadContent(user, meeting)) {
      throw new AuthorizationException("the staffing of meeting " + meetingId + " is not for " + user.userId());
    }
    return meeting;
  }
}
