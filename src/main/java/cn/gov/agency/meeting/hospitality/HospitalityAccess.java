package cn.gov.agency.meeting.hospitality;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may read a meeting's catering and room list: the office that arranges them, the host
 * department and its leader in charge, finance (it pays), auditors.
 */
@Component
class HospitalityAccess {

  private static final List<String> READ_ALL = List.of("office", "finance", "auditor", "camunda-admin");

  private final OrganisationDirectory directory;

  HospitalityAccess(OrganisationDirectory directory) {
    this.directory = directory;
  }

  boolean maySee(CurrentUser user, MeetingRecord meeting) {
    String department = meeting.hostDepartmentCode();
    return READ_ALL.stream().anyMatch(user::isIn)
        || user.isIn(RoleCatalogue.departmentGroupId("leader", department))
        || directory.person(user.userId()).map(p -> p.departmentCode().equals(department)).orElse(false);
  }
}
