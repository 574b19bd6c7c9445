package cn.gov.agency.meeting.materials;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may see a meeting's materials (R5.2: only those entitled): the host department, its leader in
 * charge, the office, the meeting's participants and auditors. Only the host department's staff
 * (经办人) upload.
 */
@Component
class MaterialsAccess {

  private static final List<String> READ_ALL = List.of("office", "auditor", "camunda-admin");

  private final OrganisationDirectory directory;
  private final Meetings meetings;
  private final MeetingAccess meetingAccess;

  MaterialsAccess(OrganisationDirectory directory, Meetings meetings, MeetingAccess meetingAccess) {
    this.directory = directory;
    this.meetings = meetings;
    this.meetingAccess = meetingAccess;
  }

  /** A confidential meeting's materials only for those MeetingAccess entitles (R5.2). */
  boolean mayRead(CurrentUser user, MeetingRecord meeting) {
    return meetingAccess.mayReadContent(user, meeting) && mayReadOrdinarily(user, meeting);
  }

  private boolean mayReadOrdinarily(CurrentUser user, MeetingRecord meeting) {
    String host = meeting.hostDepartmentCode();
    return READ_ALL.stream().anyMatch(user::isIn)
        || user.isIn(RoleCatalogue.departmentGroupId("leader", host))
        || user.isIn(RoleCatalogue.departmentGroupId("head", host))
        || user.isIn(RoleCatalogue.departmentGroupId("staff", host))
        || directory.person(user.userId()).map(Person::departmentCode).filter(host::equals).isPresent()
        || meetings.participants(meeting.id()).stream().anyMatch(p -> user.userId().equals(p.personUserId()));
  }

  boolean mayUpload(CurrentUser user, MeetingRecord meeting) {
    return user.isIn(RoleCatalogue.departmentGroupId("staff", meeting.hostDepartmentCode()));
  }
}
