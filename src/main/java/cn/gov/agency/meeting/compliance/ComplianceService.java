package cn.gov.agency.meeting.compliance;

import cn.gov.agency.meeting.compliance.ComplianceReport.DepartmentRow;
import cn.gov.agency.meeting.compliance.ComplianceReport.FindingView;
import cn.gov.agency.meeting.compliance.ComplianceReport.KindTotal;
import cn.gov.agency.meeting.compliance.ComplianceReport.MeetingRow;
import cn.gov.agency.meeting.compliance.ComplianceRepository.Finding;
import cn.gov.agency.meeting.compliance.ComplianceRepository.YearMeeting;
import cn.gov.agency.meeting.figures.MeetingLimits;
import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.organisation.Department;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.security.CurrentUser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * 合规情况 (R1.2, R3.3, R3.4, R5.1, R6.2, R7.2, R7.3): whether the agency follows its own meeting
 * regulation, read from what each stage recorded. For the office, the leadership and auditors —
 * the appraisal (R7.3) reads it — and linked to the trail behind every figure for those who may
 * read trails. Who may open it is the controller's check ({@link #mayRead}).
 */
@Service
public class ComplianceService {

  /** Who may open the view: those who oversee (office), decide on (leadership) or audit the meetings. */
  private static final List<String> READERS = List.of("office", "leadership", "auditor");
  /** Who may follow a figure into a meeting's trail (the audit pages' readers). */
  private static final List<String> TRAIL_READERS = List.of("office", "auditor");

  private final ComplianceRepository repository;
  private final Meetings meetings;
  private final MeetingAccess access;
  private final OrganisationDirectory directory;
  private final MeetingLimits limits;

  ComplianceService(ComplianceRepository repository, Meetings meetings, MeetingAccess access,
      OrganisationDirectory directory, MeetingLimits limits) {
    this.limits = limits;
    this.repository = repository;
    this.meetings = meetings;
    this.access = access;
    this.directory = directory;
  }

  public static boolean mayRead(CurrentUser user) {
    return READERS.stream().anyMatch(user::isIn);
  }

  public ComplianceReport year(int year, CurrentUser reader) {
    boolean trailLinked = TRAIL_READERS.stream().anyMatch(reader::isIn);
    List<ComplianceKind> kinds = Arrays.asList(ComplianceKind.values());
    Map<Long, List<Finding>> byMeeting = new HashMap<>();
    for (Finding finding : repository.findingsOf(year)) {
      byMeeting.computeIfAbsent(finding.meetingId(), id -> new ArrayList<>()).add(finding);
    }

    Map<ComplianceKind, int[]> totals = new EnumMap<>(ComplianceKind.class);
    kinds.forEach(kind -> totals.put(kind, new int[2]));
    Map<String, int[]> departmentAmounts = new LinkedHashMap<>();
    Map<String, Integer> departmentMeetings = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (Department d : directory.departments()) {
      departmentAmounts.put(d.code(), new int[kinds.size()]);
      names.put(d.code(), d.name());
    }
    List<MeetingRow> rows = new ArrayList<>();
    int undisclosed = 0;

    for (YearMeeting meeting : repository.meetingsOf(year)) {
      List<Finding> findings = byMeeting.getOrDefault(meeting.id(), List.of());
      for (Finding f : findings) {
        totals.get(f.kind())[0] += f.amount();
        totals.get(f.kind())[1]++;
      }
      // Only a confidential meeting needs its record: whether this reader is entitled to it (R5.2).
      if (meeting.confidential() && !meetings.find(meeting.id()).map(m -> access.mayReadContent(reader, m))
          .orElse(false)) {
        undisclosed++;
        continue;
      }
      String department = meeting.hostDepartmentCode();
      departmentMeetings.merge(department, 1, Integer::sum);
      int[] amounts = departmentAmounts.computeIfAbsent(department, code -> new int[kinds.size()]);
      findings.forEach(f -> amounts[f.kind().ordinal()] += f.amount());
      if (!findings.isEmpty()) {
        rows.add(row(meeting.id(), meeting.title(), department, meeting.plannedStart(), findings, trailLinked,
            names));
      }
    }

    List<KindTotal> kindTotals = kinds.stream()
        .map(k -> new KindTotal(k, k.label(), k.rule(), totals.get(k)[0], totals.get(k)[1])).toList();
    List<DepartmentRow> departmentRows = new ArrayList<>();
    departmentAmounts.forEach((code, amounts) -> departmentRows.add(new DepartmentRow(code, names.getOrDefault(code, code),
        departmentMeetings.getOrDefault(code, 0), Arrays.stream(amounts).boxed().toList(),
        limits.exceededIn(code, year))));
    return new ComplianceReport(year, kinds, kindTotals, departmentRows, rows, undisclosed, trailLinked);
  }

  /** One department's part of the year: its row and its meetings with findings. */
  public ComplianceReport department(int year, String departmentCode, CurrentUser reader) {
    ComplianceReport whole = year(year, reader);
    return new ComplianceReport(year, whole.kinds(), whole.totals(),
        whole.departments().stream().filter(d -> d.departmentCode().equals(departmentCode)).toList(),
        whole.meetings().stream().filter(m -> m.departmentCode().equals(departmentCode)).toList(),
        whole.undisclosedMeetings(), whole.trailLinked());
  }

  /** One meeting's findings, empty when the reader may not know of it. */
  public Optional<MeetingRow> meeting(long meetingId, CurrentUser reader) {
    Optional<MeetingRecord> record = meetings.find(meetingId).filter(m -> access.mayReadContent(reader, m));
    if (record.isEmpty()) {
      return Optional.empty();
    }
    List<Finding> findings = repository.findingsOf(record.get().year()).stream()
        .filter(f -> f.meetingId() == meetingId).toList();
    MeetingRecord m = record.get();
    return Optional.of(row(m.id(), m.title(), m.hostDepartmentCode(), m.plannedStart(), findings,
        TRAIL_READERS.stream().anyMatch(reader::isIn), Map.of(m.hostDepartmentCode(), departmentName(m.hostDepartmentCode()))));
  }

  private MeetingRow row(long meetingId, String title, String departmentCode, LocalDateTime plannedStart,
      List<Finding> findings, boolean trailLinked, Map<String, String> departmentNames) {
    List<FindingView> views = findings.stream()
        .sorted((a, b) -> a.kind().compareTo(b.kind()))
        .map(f -> new FindingView(f.kind(), f.kind().label(), f.kind().rule(), f.amount(), f.detail(),
            f.occurredAt(), trailLinked ? trail(meetingId, f.kind()) : null))
        .toList();
    return new MeetingRow(meetingId, title, departmentCode, departmentNames.getOrDefault(departmentCode, departmentCode),
        plannedStart, views);
  }

  private static String trail(long meetingId, ComplianceKind kind) {
    return "/app/audit/meetings/" + meetingId + "?stage=" + URLEncoder.encode(kind.stage(), StandardCharsets.UTF_8);
  }

  private String departmentName(String code) {
    return directory.department(code).map(Department::name).orElse(code);
  }
}
