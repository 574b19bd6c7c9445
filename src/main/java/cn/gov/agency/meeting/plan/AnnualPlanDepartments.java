package cn.gov.agency.meeting.plan;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Routing facts for the diagram's multi-instance parts: which departments get a submission or a
 * revision task ({@code ${annualPlanDepartments.toSubmit(execution)}}) and how a department is
 * named. The plan is the one bound to the instance (its row stores the instance id), not whatever a
 * {@code planId} variable says.
 */
@Component("annualPlanDepartments")
public class AnnualPlanDepartments {

  private final AnnualPlanService service;

  public AnnualPlanDepartments(AnnualPlanService service) {
    this.service = service;
  }

  public List<String> toSubmit(DelegateExecution execution) {
    return service.departmentsToSubmit(boundPlan(execution));
  }

  public List<String> toRevise(DelegateExecution execution) {
    return service.departmentsToRevise(boundPlan(execution));
  }

  public String name(String departmentCode) {
    return service.departmentName(departmentCode);
  }

  private long boundPlan(DelegateExecution execution) {
    return service.planOfProcess(execution.getProcessInstanceId()).id();
  }
}
