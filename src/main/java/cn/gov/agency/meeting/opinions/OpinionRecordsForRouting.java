package cn.gov.agency.meeting.opinions;

import cn.gov.agency.meeting.routing.BoundRecords;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Routing's view of the symposium opinion an instance is bound to (the answering department). */
@Component
class OpinionRecordsForRouting implements BoundRecords.Opinions {

  private final OpinionService opinions;

  /** Lazy: the service reaches the engine's beans, and routing is asked only once the engine runs. */
  OpinionRecordsForRouting(@Lazy OpinionService opinions) {
    this.opinions = opinions;
  }

  @Override
  public String answeringDepartment(String processInstanceId) {
    return opinions.ofProcess(processInstanceId).departmentCode();
  }
}
