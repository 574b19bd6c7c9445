package cn.gov.agency.meeting.passon;

import cn.gov.agency.meeting.routing.BoundRecords;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Routing's view of a meeting's passing-on: which departments it concerns. */
@Component
class PassOnRecordsForRouting implements BoundRecords.PassOns {

  private final PassOnService passOns;

  /** Lazy: the service reaches the engine's beans, and routing is asked only once the engine runs. */
  PassOnRecordsForRouting(@Lazy PassOnService passOns) {
    this.passOns = passOns;
  }

  @Override
  public boolean concerns(long meetingId, String departmentCode) {
    return passOns.concerns(meetingId, departmentCode);
  }
}
