package cn.gov.agency.meeting.compliance;

import cn.gov.agency.meeting.compliance.ComplianceReport.MeetingRow;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import cn.gov.agency.meeting.web.YearParameter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** 合规情况 per year, per department and per meeting: page, JSON and CSV. */
@Controller
class ComplianceController {

  private static final String SUBJECT = "合规情况";

  private final ComplianceService compliance;
  private final Clock clock;

  ComplianceController(ComplianceService compliance, Clock clock) {
    this.compliance = compliance;
    this.clock = clock;
  }

  @GetMapping("/app/compliance")
  String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String department,
      CurrentUser user, Model model) {
    model.addAttribute("report", report(year, department, user));
    model.addAttribute("department", department == null ? "" : department);
    return "compliance/year";
  }

  @GetMapping("/api/compliance")
  @ResponseBody
  ComplianceReport json(@RequestParam(required = false) Integer year,
      @RequestParam(required = false) String department, CurrentUser user) {
    return report(year, department, user);
  }

  @GetMapping("/app/compliance.csv")
  @ResponseBody
  ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year,
      @RequestParam(required = false) String department, CurrentUser user) {
    ComplianceReport report = report(year, department, user);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(report.year() + "年度合规情况.csv", StandardCharsets.UTF_8).build().toString())
        .body(ComplianceCsv.of(report));
  }

  @GetMapping("/app/compliance/meetings/{id}")
  String meetingPage(@PathVariable long id, CurrentUser user, Model model) {
    model.addAttribute("meeting", meeting(id, user));
    return "compliance/meeting";
  }

  @GetMapping("/api/compliance/meetings/{id}")
  @ResponseBody
  MeetingRow meetingJson(@PathVariable long id, CurrentUser user) {
    return meeting(id, user);
  }

  private ComplianceReport report(Integer requestedYear, String department, CurrentUser user) {
    requireReader(user);
    int year = YearParameter.resolve(requestedYear, clock, SUBJECT);
    return department == null || department.isBlank() ? compliance.year(year, user)
        : compliance.department(year, department, user);
  }

  private MeetingRow meeting(long id, CurrentUser user) {
    requireReader(user);
    return compliance.meeting(id, user).orElseThrow(() -> new NoSuchRecordException("会议 " + id));
  }

  private static void requireReader(CurrentUser user) {
    if (!ComplianceService.mayRead(user)) {
      throw new AuthorizationException("只有办公室、领导班子和审计人员可以查看合规情况");
    }
  }
}
