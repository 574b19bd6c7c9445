package cn.gov.agency.meeting.followup;

import cn.gov.agency.meeting.routing.BoundRecords;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Routing's view of the follow-up an instance is bound to (the responsible department). */
@Component
class FollowUpRecordsForRouting implements BoundRecords.FollowUps {

  private final FollowUpService followUps;

  /** Lazy: the service reaches the engine's beans, and routing is asked only once the engine runs. */
  FollowUpRecordsForRouting(@Lazy FollowUpService followUps) {
    this.followUps = followUps;
  }

  @Override
  public String responsibleDepartment(String processInstanceId) {
    return followUps.ofProcess(processInstanceId).departmentCode();
  }
}
