package cn.gov.agency.meeting.plan;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Routing facts for the diagram's multi-instance parts: which departments get a submission or a
 * revision task ({@code ${annualPlanDepartments.toSubmit(planId)}}) and how a department is named.
 */
@Component("annualPlanDepartments")
public class AnnualPlanDepartments {

  private final AnnualPlanService service;

  public AnnualPlanDepartments(AnnualPlanService service) {
    this.service = service;
  }

  public List<String> toSubmit(long planId) {
    return service.departmentsToSubmit(planId);
  }

  public List<String> toRevise(long planId) {
    return service.departmentsToRevise(planId);
  }

  public String name(String departmentCode) {
    return service.departmentName(departmentCode);
  }
}
