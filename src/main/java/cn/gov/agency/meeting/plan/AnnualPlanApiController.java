package cn.gov.agency.meeting.plan;

import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The annual plan as JSON: departments fill in their entries, the office and leaders read the whole. */
@RestController
@RequestMapping("/api/plans")
class AnnualPlanApiController {

  private final AnnualPlanService service;

  AnnualPlanApiController(AnnualPlanService service) {
    this.service = service;
  }

  @GetMapping
  List<AnnualPlan> plans() {
    return service.plans();
  }

  @GetMapping("/{planId}")
  ConsolidatedPlan consolidated(@PathVariable long planId, CurrentUser user) {
    if (!PlanAccess.mayReadAll(user)) {
      throw new NoSuchRecordException("annual plan " + planId);
    }
    return ConsolidatedPlan.of(service.plan(planId), service.departmentPlans(planId), service.events(planId));
  }

  @GetMapping("/{planId}/departments/{department}")
  DepartmentPlan departmentPlan(@PathVariable long planId, @PathVariable String department, CurrentUser user) {
    readable(user, department);
    return service.departmentPlan(planId, department);
  }

  @PostMapping("/{planId}/departments/{department}/entries")
  @ResponseStatus(HttpStatus.CREATED)
  DepartmentPlan.PlanEntry addEntry(@PathVariable long planId, @PathVariable String department,
      @RequestBody Map<String, Object> entry, CurrentUser user) {
    editable(user, department);
    return service.addEntry(planId, department, entry, user.userId());
  }

  @DeleteMapping("/{planId}/departments/{department}/entries/{entryId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removeEntry(@PathVariable long planId, @PathVariable String department, @PathVariable long entryId,
      CurrentUser user) {
    editable(user, department);
    service.removeEntry(planId, department, entryId, user.userId());
  }

  @PutMapping("/{planId}/departments/{department}/no-meetings")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void noMeetings(@PathVariable long planId, @PathVariable String department,
      @RequestBody NoMeetings body, CurrentUser user) {
    editable(user, department);
    service.declareNoMeetings(planId, department, body.noMeetings(), user.userId());
  }

  private static void readable(CurrentUser user, String department) {
    if (!PlanAccess.mayReadDepartment(user, department)) {
      throw new NoSuchRecordException("plan of " + department);
    }
  }

  private static void editable(CurrentUser user, String department) {
    readable(user, department);
    if (!PlanAccess.mayEdit(user, department)) {
      throw new org.camunda.bpm.engine.AuthorizationException("only the department edits its plan");
    }
  }

  record NoMeetings(boolean noMeetings) {}
}
