package cn.gov.agency.meeting.compliance;

import cn.gov.agency.meeting.compliance.ComplianceReport.FindingView;
import cn.gov.agency.meeting.compliance.ComplianceReport.MeetingRow;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One line per finding of a meeting, for the appraisal's spreadsheet (R7.3): UTF-8 with a byte
 * order mark, or Excel shows the Chinese garbled; a leading formula character is neutralised.
 */
final class ComplianceCsv {

  private static final String BOM = "\uFEFF";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final String HEADER = "年度,会议编号,会议名称,主办部门,会议时间,条款,事项,数量,说明,发生时间";

  private ComplianceCsv() {}

  static byte[] of(ComplianceReport report) {
    StringBuilder csv = new StringBuilder(BOM).append(HEADER).append("\r\n");
    for (MeetingRow meeting : report.meetings()) {
      for (FindingView f : meeting.findings()) {
        csv.append(Stream.of(String.valueOf(report.year()), String.valueOf(meeting.meetingId()), meeting.title(),
                meeting.departmentName(), meeting.plannedStart() == null ? "" : TIME.format(meeting.plannedStart()),
                f.rule(), f.label(), String.valueOf(f.amount()), f.detail(),
                f.occurredAt() == null ? "" : TIME.format(f.occurredAt()))
            .map(ComplianceCsv::cell).collect(Collectors.joining(","))).append("\r\n");
      }
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
