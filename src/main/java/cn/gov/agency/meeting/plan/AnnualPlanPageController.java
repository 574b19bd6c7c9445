package cn.gov.agency.meeting.plan;

import cn.gov.agency.meeting.meetingtype.MeetingTypeCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of the annual plan: a department's 编报页面 (add and remove entries, declare no
 * meetings; plain forms, works without JavaScript) and the office's printable consolidated plan.
 */
@Controller
class AnnualPlanPageController {

  private final AnnualPlanService service;
  private final MeetingTypeCatalogue meetingTypes;

  AnnualPlanPageController(AnnualPlanService service, MeetingTypeCatalogue meetingTypes) {
    this.service = service;
    this.meetingTypes = meetingTypes;
  }

  @GetMapping("/app/plans/{planId}/departments/{department}")
  String departmentPage(@PathVariable long planId, @PathVariable String department, CurrentUser user, Model model) {
    return render(planId, department, user, model, Map.of(), null);
  }

  @PostMapping("/app/plans/{planId}/departments/{department}/entries")
  String addEntry(@PathVariable long planId, @PathVariable String department,
      @RequestParam MultiValueMap<String, String> form, CurrentUser user, Model model) {
    editable(user, department);
    Map<String, String> values = form.toSingleValueMap();
    try {
      service.addEntry(planId, department, values, user.userId());
    } catch (InvalidInputException e) {
      // Show the entry again with its errors; everything already in the draft stays as it was.
      return render(planId, department, user, model, values, e);
    }
    return "redirect:/app/plans/" + planId + "/departments/" + department;
  }

  @PostMapping("/app/plans/{planId}/departments/{department}/entries/{entryId}/delete")
  String removeEntry(@PathVariable long planId, @PathVariable String department, @PathVariable long entryId,
      CurrentUser user) {
    editable(user, department);
    service.removeEntry(planId, department, entryId, user.userId());
    return "redirect:/app/plans/" + planId + "/departments/" + department;
  }

  @PostMapping("/app/plans/{planId}/departments/{department}/no-meetings")
  String noMeetings(@PathVariable long planId, @PathVariable String department,
      @RequestParam(defaultValue = "false") boolean noMeetings, CurrentUser user, Model model) {
    editable(user, department);
    try {
      service.declareNoMeetings(planId, department, noMeetings, user.userId());
    } catch (InvalidInputException e) {
      return render(planId, department, user, model, Map.of(), e);
    }
    return "redirect:/app/plans/" + planId + "/departments/" + department;
  }

  @GetMapping("/app/plans/{planId}")
  String consolidated(@PathVariable long planId, CurrentUser user, Model model) {
    if (!PlanAccess.mayReadAll(user)) {
      throw new NoSuchRecordException("annual plan " + planId);
    }
    model.addAttribute("consolidated",
        ConsolidatedPlan.of(service.plan(planId), service.departmentPlans(planId), service.events(planId)));
    model.addAttribute("typeNames", typeNames());
    model.addAttribute("leadershipMeetings", service.leadershipMeetings(planId));
    return "plan/consolidated";
  }

  private String render(long planId, String department, CurrentUser user, Model model, Map<String, String> form,
      InvalidInputException error) {
    if (!PlanAccess.mayReadDepartment(user, department)) {
      throw new NoSuchRecordException("plan of " + department);
    }
    DepartmentPlan departmentPlan = service.departmentPlan(planId, department);
    AnnualPlan plan = service.plan(planId);
    model.addAttribute("plan", plan);
    model.addAttribute("departmentPlan", departmentPlan);
    model.addAttribute("editable", PlanAccess.mayEdit(user, department) && departmentPlan.status().editable()
        && plan.status() == PlanStatus.COLLECTING);
    model.addAttribute("meetingTypes", meetingTypes.all());
    model.addAttribute("typeNames", typeNames());
    model.addAttribute("form", form);
    model.addAttribute("violations", error == null ? java.util.List.of() : error.violations());
    return "plan/department";
  }

  private Map<String, String> typeNames() {
    return meetingTypes.all().stream().collect(java.util.stream.Collectors.toMap(t -> t.code(), t -> t.name()));
  }

  private static void editable(CurrentUser user, String department) {
    if (!PlanAccess.mayEdit(user, department)) {
      throw new AuthorizationException("only the department edits its plan");
    }
  }
}
