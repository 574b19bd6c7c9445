package cn.gov.agency.meeting.agenda;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A meeting's agenda (R2): the topics each department proposed (or that it had none, or let the
 * deadline pass), the office's draft and the leader's decisions — what the tasks of 议题征集与议程审定
 * link to, so no typed text is copied into the engine. Readable by the office, auditors, the host
 * department and its leader in charge, and the staff and heads of the departments asked; for a
 * confidential meeting only by those {@link MeetingAccess} entitles (R5.2).
 */
@Controller
class AgendaPageController {

  private static final List<String> READ_ALL = List.of("office", "auditor");

  private final AgendaService service;
  private final MeetingAccess meetingAccess;

  AgendaPageController(AgendaService service, MeetingAccess meetingAccess) {
    this.service = service;
    this.meetingAccess = meetingAccess;
  }

  static String pagePath(long meetingId) {
    return "/app/meetings/" + meetingId + "/agenda";
  }

  @GetMapping("/app/meetings/{id}/agenda")
  String page(@PathVariable long id, CurrentUser user, Model model) {
    Agenda agenda = readable(id, user);
    model.addAttribute("meeting", service.meeting(id));
    model.addAttribute("agenda", agenda);
    return "agenda/agenda";
  }

  @GetMapping("/api/meetings/{id}/agenda")
  @ResponseBody
  Agenda json(@PathVariable long id, CurrentUser user) {
    return readable(id, user);
  }

  private Agenda readable(long id, CurrentUser user) {
    MeetingRecord meeting = service.meeting(id);
    Agenda agenda = service.agenda(id);
    if (!meetingAccess.mayReadContent(user, meeting) || !byRole(user, meeting, agenda)) {
      throw new AuthorizationException("the agenda of meeting " + id + " is not for " + user.userId());
    }
    return agenda;
  }

  private static boolean byRole(CurrentUser user, MeetingRecord meeting, Agenda agenda) {
    String host = meeting.hostDepartmentCode();
    return READ_ALL.stream().anyMatch(user::isIn)
        || user.isIn(RoleCatalogue.departmentGroupId("leader", host))
        || agenda.departments().stream().anyMatch(d -> user.isIn(RoleCatalogue.departmentGroupId("staff",
            d.departmentCode())) || user.isIn(RoleCatalogue.departmentGroupId("head", d.departmentCode())));
  }
}
