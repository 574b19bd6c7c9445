package cn.gov.agency.meeting.agenda;

import org.springframework.stereotype.Component;

/** How 提报议题 names the department it asks ({@code ${agendaDepartmentNames.name(department)}}). */
@Component("agendaDepartmentNames")
public class AgendaDepartmentNames {

  private final AgendaService service;

  AgendaDepartmentNames(AgendaService service) {
    this.service = service;
  }

  public String name(String departmentCode) {
    return service.departmentName(departmentCode);
  }
}
