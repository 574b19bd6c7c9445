package cn.gov.agency.meeting.audit;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.organisation.Department;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.format.annotation.DateTimeFormat;
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

/** 审计: a meeting's trail as a page, JSON and CSV, and a search over all meetings' trails. */
@Controller
class AuditController {

  private final AuditTrail trail;
  private final AuditAccess access;
  private final Meetings meetings;
  private final OrganisationDirectory directory;

  AuditController(AuditTrail trail, AuditAccess access, Meetings meetings, OrganisationDirectory directory) {
    this.trail = trail;
    this.access = access;
    this.meetings = meetings;
    this.directory = directory;
  }

  @GetMapping("/api/audit/meetings/{id}/trail")
  @ResponseBody
  List<TrailEntry> trail(@PathVariable long id, CurrentUser user) {
    auditedMeeting(id, user);
    return trail.of(id);
  }

  @GetMapping("/api/audit/meetings/{id}/trail.csv")
  @ResponseBody
  ResponseEntity<byte[]> csv(@PathVariable long id, CurrentUser user) {
    auditedMeeting(id, user);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("会议" + id + "办理记录.csv", StandardCharsets.UTF_8).build().toString())
        .body(TrailCsv.of(trail.of(id)));
  }

  /**
   * A meeting's trail is hundreds of lines: narrowed by stage (process or record), person and kind,
   * each offered as what the trail contains.
   */
  @GetMapping("/app/audit/meetings/{id}")
  String page(@PathVariable long id, @RequestParam(required = false) String stage,
      @RequestParam(required = false) String person, @RequestParam(required = false) TrailKind kind,
      CurrentUser user, Model model) {
    model.addAttribute("meeting", auditedMeeting(id, user));
    List<TrailEntry> all = trail.of(id);
    model.addAttribute("entries", all.stream()
        .filter(e -> stage == null || stage.isBlank() || stage.equals(e.processName()))
        .filter(e -> person == null || person.isBlank() || person.equals(e.actorName()))
        .filter(e -> kind == null || kind == e.kind())
        .toList());
    model.addAttribute("total", all.size());
    model.addAttribute("stages", all.stream().map(TrailEntry::processName).filter(Objects::nonNull).distinct().toList());
    model.addAttribute("people", all.stream().map(TrailEntry::actorName).filter(Objects::nonNull).distinct().sorted()
        .toList());
    model.addAttribute("kinds", TrailKind.values());
    model.addAttribute("filter", Map.of("stage", stage == null ? "" : stage, "person", person == null ? "" : person,
        "kind", kind == null ? "" : kind.name()));
    return "audit/trail";
  }

  @GetMapping("/api/audit/trail")
  @ResponseBody
  AuditTrail.SearchPage search(@RequestParam(required = false) String meeting,
      @RequestParam(required = false) String department, @RequestParam(required = false) String person,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String taskType, @RequestParam(required = false) Long before,
      CurrentUser user) {
    requireAuditor(user);
    return trail.search(new TrailQuery(meeting, department, person, from, to, taskType, before));
  }

  /** One page of matching meetings at a time, newest first; 更早的会议 goes on where it stopped. */
  @GetMapping("/app/audit")
  String searchPage(@RequestParam(required = false) String meeting,
      @RequestParam(required = false) String department, @RequestParam(required = false) String person,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String taskType, @RequestParam(required = false) Long before,
      CurrentUser user, Model model) {
    requireAuditor(user);
    TrailQuery query = new TrailQuery(meeting, department, person, from, to, taskType, before);
    boolean searched = meeting != null || department != null || person != null || from != null || to != null
        || taskType != null;
    AuditTrail.SearchPage page = searched ? trail.search(query) : new AuditTrail.SearchPage(List.of(), null, 0);
    model.addAttribute("query", query);
    model.addAttribute("fromText", from == null ? "" : from.toString());
    model.addAttribute("toText", to == null ? "" : to.toString());
    model.addAttribute("results", page.meetings());
    model.addAttribute("nextBefore", page.nextBefore());
    model.addAttribute("searched", searched);
    model.addAttribute("departments", directory.departments());
    model.addAttribute("departmentNames", directory.departments().stream()
        .collect(Collectors.toMap(Department::code, Department::name)));
    return "audit/search";
  }

  private MeetingRecord auditedMeeting(long id, CurrentUser user) {
    requireAuditor(user);
    return meetings.find(id).orElseThrow(() -> new NoSuchRecordException("会议 " + id));
  }

  private void requireAuditor(CurrentUser user) {
    if (!access.mayAudit(user)) {
      throw new AuthorizationException("only auditors and the office read audit trails");
    }
  }
}
