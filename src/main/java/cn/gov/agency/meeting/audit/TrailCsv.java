package cn.gov.agency.meeting.audit;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A trail as CSV for Excel: UTF-8 with a byte order mark, or Excel shows the Chinese garbled. */
final class TrailCsv {

  private static final String BOM = "\uFEFF";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
  private static final String HEADER = "时间,会议编号,类别,流程,环节,办理人,登录名,角色,说明";

  private TrailCsv() {}

  static byte[] of(List<TrailEntry> entries) {
    StringBuilder csv = new StringBuilder(BOM).append(HEADER).append("\r\n");
    for (TrailEntry e : entries) {
      csv.append(Stream.of(TIME.format(e.at()), String.valueOf(e.meetingId()), e.kindLabel(), e.processName(),
              e.activityName(), e.actorName(), e.actorUserId(), e.role(), e.detail())
          .map(TrailCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Quoted always; a leading formula character is neutralised so Excel does not evaluate it. */
  private static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
