package cn.gov.agency.meeting.budget;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Component;

/** Who may read a meeting's budget: the host department, its leader in charge, finance, the office, auditors. */
@Component
class BudgetAccess {

  private static final List<String> READ_ALL = List.of("finance", "office", "auditor", "camunda-admin");

  private final OrganisationDirectory directory;
  private final MeetingAccess meetingAccess;

  BudgetAccess(OrganisationDirectory directory, MeetingAccess meetingAccess) {
    this.directory = directory;
    this.meetingAccess = meetingAccess;
  }

  /** For a confidential meeting only those of them MeetingAccess entitles (R5.2): not an administrator. */
  boolean maySee(CurrentUser user, MeetingRecord meeting) {
    return mayReadOrdinarily(user, meeting) && meetingAccess.mayReadContent(user, meeting);
  }

  private boolean mayReadOrdinarily(CurrentUser user, MeetingRecord meeting) {
    String department = meeting.hostDepartmentCode();
    return READ_ALL.stream().anyMatch(user::isIn)
        || user.isIn(RoleCatalogue.departmentGroupId("leader", department))
        || directory.person(user.userId()).map(p -> p.departmentCode().equals(department)).orElse(false);
  }
}
