package cn.gov.agency.meeting.minutes;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.StaffDuty;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may read a meeting's minutes: the host department, its leader in charge, the office, the
 * recorder, the participants (substitutes included) and auditors — and, for a confidential meeting,
 * only those {@link MeetingAccess} entitles (R5.2). Only the recorder edits, while drafting.
 */
@Component
class MinutesAccess {

  private static final List<String> READ_ALL = List.of("office", "auditor");

  private final MeetingAccess meetingAccess;
  private final Meetings meetings;
  private final OrganisationDirectory directory;
  private final MinutesService service;

  MinutesAccess(MeetingAccess meetingAccess, Meetings meetings, OrganisationDirectory directory,
      MinutesService service) {
    this.meetingAccess = meetingAccess;
    this.meetings = meetings;
    this.directory = directory;
    this.service = service;
  }

  boolean mayRead(CurrentUser user, MeetingRecord meeting) {
    return meetingAccess.mayReadContent(user, meeting) && (byRole(user, meeting) || byPart(user, meeting));
  }

  boolean mayEdit(CurrentUser user, MeetingRecord meeting) {
    return service.drafting(meeting.id())
        && service.recorderOf(meeting.id()).filter(user.userId()::equals).isPresent()
        && meetingAccess.mayReadContent(user, meeting);
  }

  private boolean byRole(CurrentUser user, MeetingRecord meeting) {
    String host = meeting.hostDepartmentCode();
    return READ_ALL.stream().anyMatch(user::isIn)
        || user.isIn(RoleCatalogue.departmentGroupId("staff", host))
        || user.isIn(RoleCatalogue.departmentGroupId("head", host))
        || user.isIn(RoleCatalogue.departmentGroupId("leader", host))
        || directory.person(user.userId()).map(Person::departmentCode).filter(host::equals).isPresent();
  }

  private boolean byPart(CurrentUser user, MeetingRecord meeting) {
    String userId = user.userId();
    return service.recorderOf(meeting.id()).filter(userId::equals).isPresent()
        || meetings.staff(meeting.id(), StaffDuty.RECORDER).contains(userId)
        || meetings.attendees(meeting.id()).stream().anyMatch(a -> userId.equals(a.personUserId()));
  }
}
