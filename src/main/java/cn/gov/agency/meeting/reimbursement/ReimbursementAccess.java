package cn.gov.agency.meeting.reimbursement;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may see a meeting's claim: the host department, its leader in charge, finance, the office,
 * auditors — and, for a confidential meeting, only those of them MeetingAccess entitles (R5.2).
 * The host department's staff (经办人) draft it; finance reviews it.
 */
@Component
class ReimbursementAccess {

  private static final List<String> READ_ALL = List.of("finance", "office", "auditor", "camunda-admin");

  private final OrganisationDirectory directory;
  private final MeetingAccess meetingAccess;

  ReimbursementAccess(OrganisationDirectory directory, MeetingAccess meetingAccess) {
    this.directory = directory;
    this.meetingAccess = meetingAccess;
  }

  boolean mayRead(CurrentUser user, MeetingRecord meeting) {
    return meetingAccess.mayReadContent(user, meeting) && mayReadOrdinarily(user, meeting);
  }

  boolean mayEdit(CurrentUser user, MeetingRecord meeting) {
    return user.isIn(RoleCatalogue.departmentGroupId("staff", meeting.hostDepartmentCode()));
  }

  boolean mayReview(CurrentUser user) {
    return user.isIn("finance");
  }

  private boolean mayReadOrdinarily(CurrentUser user, MeetingRecord meeting) {
    String host = meeting.hostDepartmentCode();
    return READ_ALL.stream().anyMatch(user::isIn)
        || user.isIn(RoleCatalogue.departmentGroupId("leader", host))
        || user.isIn(RoleCatalogue.departmentGroupId("head", host))
        || user.isIn(RoleCatalogue.departmentGroupId("staff", host))
        || directory.person(user.userId()).map(Person::departmentCode).filter(host::equals).isPresent();
  }
}
