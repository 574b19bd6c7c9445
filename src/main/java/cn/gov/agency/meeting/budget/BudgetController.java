package cn.gov.agency.meeting.budget;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.organisation.Department;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** A meeting's budget (R6.1): every version with its lines and reviews, printable, and as JSON. */
@Controller
class BudgetController {

  private final BudgetService service;
  private final Meetings meetings;
  private final OrganisationDirectory directory;
  private final BudgetAccess access;

  BudgetController(BudgetService service, Meetings meetings, OrganisationDirectory directory,
      BudgetAccess access) {
    this.service = service;
    this.meetings = meetings;
    this.directory = directory;
    this.access = access;
  }

  @GetMapping("/api/meetings/{id}/budget")
  @ResponseBody
  MeetingBudget budget(@PathVariable long id, CurrentUser user) {
    return budgetOf(id, user);
  }

  @GetMapping("/app/meetings/{id}/budget")
  String page(@PathVariable long id, CurrentUser user, Model model) {
    model.addAttribute("budget", budgetOf(id, user));
    model.addAttribute("names", directory.people().stream()
        .collect(Collectors.toMap(Person::userId, Person::fullName)));
    return "budget/budget";
  }

  private MeetingBudget budgetOf(long id, CurrentUser user) {
    MeetingRecord meeting = meetings.find(id).orElseThrow(() -> new NoSuchRecordException("meeting " + id));
    if (!access.maySee(user, meeting)) {
      throw new AuthorizationException("the budget of meeting " + id + " is not for " + user.userId());
    }
    Map<String, String> departments = directory.departments().stream()
        .collect(Collectors.toMap(Department::code, Department::name));
    return new MeetingBudget(id, meeting.title(), meeting.hostDepartmentCode(),
        departments.getOrDefault(meeting.hostDepartmentCode(), meeting.hostDepartmentCode()),
        service.approvedCeiling(id).orElse(null), service.versionsOf(id));
  }
}
