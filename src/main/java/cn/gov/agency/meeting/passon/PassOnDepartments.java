package cn.gov.agency.meeting.passon;

import cn.gov.agency.meeting.organisation.Department;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.routing.ProcessBinding;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Routing facts for the diagram's one task per department ({@code ${passOnDepartments.toRecord(execution)}}):
 * the departments concerned as the passing-on fixed them for the bound meeting, and their names.
 */
@Component("passOnDepartments")
public class PassOnDepartments {

  private final PassOnService service;
  private final OrganisationDirectory directory;

  PassOnDepartments(PassOnService service, OrganisationDirectory directory) {
    this.service = service;
    this.directory = directory;
  }

  public List<String> toRecord(DelegateExecution execution) {
    return service.departmentsOf(ProcessBinding.meetingId(execution));
  }

  public String name(String departmentCode) {
    return directory.department(departmentCode).map(Department::name).orElse(departmentCode);
  }
}
