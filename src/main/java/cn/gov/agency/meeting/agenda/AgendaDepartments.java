package cn.gov.agency.meeting.agenda;

import org.springframework.stereotype.Component;

/** How 提报议题 names the department it asks ({@code ${agendaDepartments.name(department)}}). */
@Component("agendaDepartments")
public class AgendaDepartments {

  private final AgendaService service;

  AgendaDepartments(AgendaService service) {
    this.service = service;
  }

  public String name(String departmentCode) {
    return service.departmentName(departmentCode);
  }
}
