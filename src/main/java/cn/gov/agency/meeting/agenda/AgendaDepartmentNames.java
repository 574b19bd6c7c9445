package cn.gov.agency.meeting.agenda;

import cn.gov.agency.meeting.meeting.Meetings;
import org.springframework.stereotype.Component;

/**
 * How 提报议题 names the department it asks ({@code ${agendaDepartmentNames.name(department, meetingId)}}).
 * For a confidential meeting the task says 本部门: the copy on the engine is read by whoever may read
 * the instance, and the host department's own task would name the host (R5.2).
 */
@Component("agendaDepartmentNames")
public class AgendaDepartmentNames {

  static final String OWN_DEPARTMENT = "本部门";

  private final AgendaService service;
  private final Meetings meetings;

  AgendaDepartmentNames(AgendaService service, Meetings meetings) {
    this.service = service;
    this.meetings = meetings;
  }

  public String name(String departmentCode, long meetingId) {
    return meetings.isConfidential(meetingId) ? OWN_DEPARTMENT : service.departmentName(departmentCode);
  }
}
