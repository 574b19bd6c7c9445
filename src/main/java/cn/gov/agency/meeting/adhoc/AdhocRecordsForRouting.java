package cn.gov.agency.meeting.adhoc;

import cn.gov.agency.meeting.routing.BoundRecords;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Routing's view of the application an instance is bound to (host department, applicant). */
@Component
class AdhocRecordsForRouting implements BoundRecords.Applications {

  private final AdhocApplicationService applications;

  /** Lazy: the service reaches the engine's beans, and routing is asked only once the engine runs. */
  AdhocRecordsForRouting(@Lazy AdhocApplicationService applications) {
    this.applications = applications;
  }

  @Override
  public String processKey() {
    return AdhocVariables.PROCESS_KEY;
  }

  @Override
  public String hostDepartment(String processInstanceId) {
    return applications.ofProcess(processInstanceId).hostDepartmentCode();
  }

  @Override
  public String applicant(String processInstanceId) {
    return applications.ofProcess(processInstanceId).applicantUserId();
  }
}
