package cn.gov.agency.meeting.lifecycle;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import org.camunda.bpm.engine.AuthorizationException;

/** Who may schedule, move or cancel a meeting: its host department's staff and head, and the office. */
public final class HostDepartmentAccess {

  private HostDepartmentAccess() {}

  public static MeetingRecord check(Meetings meetings, long id, CurrentUser user, String what) {
    MeetingRecord meeting = meetings.find(id).orElseThrow(() -> new NoSuchRecordException("会议 " + id));
    check(meeting.hostDepartmentCode(), user, what + " meeting " + id);
    return meeting;
  }

  public static void check(String hostDepartmentCode, CurrentUser user, String what) {
    boolean allowed = user.isIn("office")
        || user.isIn(RoleCatalogue.departmentGroupId("staff", hostDepartmentCode))
        || user.isIn(RoleCatalogue.departmentGroupId("head", hostDepartmentCode));
    if (!allowed) {
      throw new AuthorizationException(user.userId() + " may not " + what);
    }
  }
}
