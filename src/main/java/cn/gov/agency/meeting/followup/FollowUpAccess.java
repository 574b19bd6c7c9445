package cn.gov.agency.meeting.followup;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may read a resolution's follow-up: whoever is entitled to the meeting (participants, host
 * department, named staff, office, finance, auditors) and the responsible department (staff, head,
 * leader in charge). For a confidential meeting (R5.2) only those MeetingAccess entitles, and the
 * responsible department's staff and head, who must know their own resolution to carry it out.
 * The appraisal (R7.3) shows every department to the office and auditors, its own to a department.
 */
@Component
public class FollowUpAccess {

  private static final List<String> APPRAISE_ALL = List.of("office", "auditor", "camunda-admin");

  private final MeetingAccess meetingAccess;

  FollowUpAccess(MeetingAccess meetingAccess) {
    this.meetingAccess = meetingAccess;
  }

  public boolean mayRead(CurrentUser user, MeetingRecord meeting, FollowUp followUp) {
    boolean ordinarily = meetingAccess.isEntitled(user, meeting) || user.isIn("camunda-admin")
        || responsible(user, followUp, "staff", "head", "leader");
    return ordinarily
        && (meetingAccess.mayReadContent(user, meeting) || responsible(user, followUp, "staff", "head"));
  }

  /** Whether the row counts in the user's appraisal view. */
  boolean mayAppraise(CurrentUser user, MeetingRecord meeting, FollowUp followUp) {
    return (APPRAISE_ALL.stream().anyMatch(user::isIn) || responsible(user, followUp, "staff", "head", "leader"))
        && mayRead(user, meeting, followUp);
  }

  private static boolean responsible(CurrentUser user, FollowUp followUp, String... roles) {
    for (String role : roles) {
      if (user.isIn(RoleCatalogue.departmentGroupId(role, followUp.departmentCode()))) {
        return true;
      }
    }
    return false;
  }
}
