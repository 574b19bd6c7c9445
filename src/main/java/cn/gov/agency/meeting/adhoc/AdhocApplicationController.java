package cn.gov.agency.meeting.adhoc;

import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import cn.gov.agency.meeting.organisation.Department;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The applicant's view of their applications (R3.2): status and every decision with its comment. */
@Controller
class AdhocApplicationController {

  private final AdhocApplicationService service;
  private final OrganisationDirectory directory;

  AdhocApplicationController(AdhocApplicationService service, OrganisationDirectory directory) {
    this.service = service;
    this.directory = directory;
  }

  @GetMapping("/api/adhoc-applications")
  @ResponseBody
  List<AdhocApplication> mine(CurrentUser user) {
    return service.applicationsOf(user.userId());
  }

  @GetMapping("/api/adhoc-applications/{id}")
  @ResponseBody
  AdhocApplication one(@PathVariable long id, CurrentUser user) {
    AdhocApplication application = service.find(id);
    if (!maySee(user, application)) {
      throw new NoSuchRecordException("adhoc application " + id);
    }
    return application;
  }

  @GetMapping("/app/adhoc-applications")
  String page(CurrentUser user, Model model) {
    model.addAttribute("applications", service.applicationsOf(user.userId()));
    model.addAttribute("user", directory.person(user.userId()).orElse(null));
    model.addAttribute("departmentNames", directory.departments().stream()
        .collect(Collectors.toMap(Department::code, Department::name)));
    return "adhoc/my-applications";
  }

  /** The applicant, the department's leaders in charge, the office, auditors and administrators. */
  private boolean maySee(CurrentUser user, AdhocApplication application) {
    return user.userId().equals(application.applicantUserId())
        || user.isIn(RoleCatalogue.departmentGroupId("leader", application.hostDepartmentCode()))
        || user.isIn(RoleCatalogue.departmentGroupId("head", application.hostDepartmentCode()))
        || user.isIn("office") || user.isIn("auditor") || user.isIn("camunda-admin");
  }
}
