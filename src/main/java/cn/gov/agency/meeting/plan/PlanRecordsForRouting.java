package cn.gov.agency.meeting.plan;

import cn.gov.agency.meeting.routing.BoundRecords;
import java.util.List;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Routing's view of the annual plan an instance is bound to (its year, its departments). */
@Component
class PlanRecordsForRouting implements BoundRecords.Plans {

  private final AnnualPlanService plans;

  /** Lazy: the service reaches the engine's beans, and routing is asked only once the engine runs. */
  PlanRecordsForRouting(@Lazy AnnualPlanService plans) {
    this.plans = plans;
  }

  @Override
  public String processKey() {
    return PlanVariables.PROCESS_KEY;
  }

  @Override
  public int year(String processInstanceId) {
    return plans.planOfProcess(processInstanceId).year();
  }

  @Override
  public List<String> departments(String processInstanceId) {
    return plans.departmentPlans(plans.planOfProcess(processInstanceId).id()).stream()
        .map(DepartmentPlan::departmentCode).toList();
  }
}
