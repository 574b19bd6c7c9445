package cn.gov.agency.meeting.minutes;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meetingtype.MinutesSection;
import cn.gov.agency.meeting.minutes.MinutesContent.Finding;
import cn.gov.agency.meeting.minutes.MinutesContent.Opinion;
import cn.gov.agency.meeting.minutes.MinutesContent.Resolution;
import cn.gov.agency.meeting.minutes.MinutesContent.Speaker;
import cn.gov.agency.meeting.organisation.Department;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.validation.Fields;
import cn.gov.agency.meeting.validation.Violations;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads and checks the minutes the recorder writes (R4.3, R2). {@link #read} accepts an unfinished
 * draft but refuses what can never be right (an unknown department, a deadline before the meeting,
 * a malformed date, too long a text); {@link #requireComplete} is the check at submission. Every
 * problem names its field, and rows by section and number (决议事项第 2 条 · 责任部门).
 */
@Component
public class MinutesForm {

  static final String SUBJECT = "会议纪要";
  static final int ROW_TEXT_LENGTH = 2000;
  static final int NAME_LENGTH = 100;
  static final int UNIT_LENGTH = 200;
  static final int PLACE_LENGTH = 200;

  private final OrganisationDirectory directory;
  private final MinutesSettings settings;

  public MinutesForm(OrganisationDirectory directory, MinutesSettings settings) {
    this.directory = directory;
    this.settings = settings;
  }

  /** The draft as entered: rows left entirely blank are dropped, each remaining row checked for what it holds. */
  public MinutesContent read(Map<String, ?> values, MeetingRecord meeting) {
    Violations violations = new Violations(SUBJECT);
    Map<String, String> departments = directory.departments().stream()
        .collect(Collectors.toMap(Department::code, Department::name));
    LocalDateTime startedAt = dateTime(values, "startedAt", "会议开始时间", violations);
    LocalDateTime endedAt = dateTime(values, "endedAt", "会议结束时间", violations);
    if (startedAt != null && endedAt != null && !endedAt.isAfter(startedAt)) {
      violations.add("endedAt", "会议结束时间", "after-start", "必须晚于开始时间");
    }
    String place = text(values, "place", "会议地点", PLACE_LENGTH, violations);
    String content = text(values, "content", "会议内容", settings.maxTextLength(), violations);
    String discussion = text(values, "discussion", "讨论情况", settings.maxTextLength(), violations);
    Rows rows = new Rows(values, violations);
    LocalDate meetingDay = meeting.plannedStart().toLocalDate();
    List<Resolution> resolutions = rows.read("resolutions", "决议事项", row -> new Resolution(null,
        row.text("text", "决议内容", ROW_TEXT_LENGTH),
        row.department(departments), null,
        row.deadline(meetingDay)));
    List<Finding> results = rows.read("results", "研讨成果", row -> new Finding(null,
        row.text("text", "成果内容", ROW_TEXT_LENGTH), row.department(departments), null));
    List<Finding> proposals = rows.read("proposals", "建议", row -> new Finding(null,
        row.text("text", "建议内容", ROW_TEXT_LENGTH), row.department(departments), null));
    List<Speaker> speakers = rows.read("speakers", "交流发言", row -> new Speaker(null,
        row.text("name", "发言人", NAME_LENGTH), row.text("unit", "发言人单位", UNIT_LENGTH),
        row.text("topic", "发言题目", ROW_TEXT_LENGTH)));
    List<Opinion> opinions = rows.read("opinions", "意见建议", row -> new Opinion(null,
        row.text("text", "意见建议内容", ROW_TEXT_LENGTH), row.text("raisedBy", "提出人", NAME_LENGTH),
        row.text("unit", "提出人单位", UNIT_LENGTH), row.category(settings.opinionCategories()),
        row.department(departments), null));
    violations.throwIfAny();
    return new MinutesContent(startedAt, endedAt, place, content, discussion, resolutions, results, proposals,
        speakers, opinions);
  }

  /** Submission: the common record filled in, every row complete, and the output the meeting type requires. */
  public void requireComplete(MinutesContent minutes, MinutesOutput output) {
    Violations violations = new Violations(SUBJECT);
    required(minutes.startedAt(), "startedAt", "会议开始时间", violations);
    required(minutes.endedAt(), "endedAt", "会议结束时间", violations);
    required(minutes.place(), "place", "会议地点", violations);
    required(minutes.content(), "content", "会议内容", violations);
    for (int i = 0; i < minutes.resolutions().size(); i++) {
      Resolution r = minutes.resolutions().get(i);
      String row = row("resolutions", i);
      required(r.text(), row + "text", label("决议事项", i, "决议内容"), violations);
      required(r.department(), row + "department", label("决议事项", i, "责任部门"), violations);
      required(r.deadline(), row + "deadline", label("决议事项", i, "完成时限"), violations);
    }
    for (int i = 0; i < minutes.results().size(); i++) {
      required(minutes.results().get(i).text(), row("results", i) + "text", label("研讨成果", i, "成果内容"),
          violations);
    }
    for (int i = 0; i < minutes.proposals().size(); i++) {
      required(minutes.proposals().get(i).text(), row("proposals", i) + "text", label("建议", i, "建议内容"),
          violations);
    }
    for (int i = 0; i < minutes.speakers().size(); i++) {
      Speaker s = minutes.speakers().get(i);
      required(s.name(), row("speakers", i) + "name", label("交流发言", i, "发言人"), violations);
      required(s.topic(), row("speakers", i) + "topic", label("交流发言", i, "发言题目"), violations);
    }
    for (int i = 0; i < minutes.opinions().size(); i++) {
      Opinion o = minutes.opinions().get(i);
      String row = row("opinions", i);
      required(o.text(), row + "text", label("意见建议", i, "意见建议内容"), violations);
      required(o.raisedBy(), row + "raisedBy", label("意见建议", i, "提出人"), violations);
      required(o.unit(), row + "unit", label("意见建议", i, "提出人单位"), violations);
      required(o.category(), row + "category", label("意见建议", i, "类别"), violations);
      required(o.department(), row + "department", label("意见建议", i, "答复责任部门"), violations);
    }
    if (output.requiredFields().contains("discussion")) {
      required(minutes.discussion(), "discussion", "讨论情况", violations);
    }
    output.required(MinutesSection.RESOLUTIONS).filter(rule -> minutes.resolutions().isEmpty())
        .ifPresent(rule -> violations.add("resolutions", MinutesSection.RESOLUTIONS.label(), "required-rows", rule));
    output.required(MinutesSection.FINDINGS)
        .filter(rule -> minutes.results().isEmpty() && minutes.proposals().isEmpty())
        .ifPresent(rule -> violations.add("results", MinutesSection.FINDINGS.label(), "required-rows", rule));
    output.required(MinutesSection.SPEAKERS).filter(rule -> minutes.speakers().isEmpty())
        .ifPresent(rule -> violations.add("speakers", MinutesSection.SPEAKERS.label(), "required-rows", rule));
    output.required(MinutesSection.OPINIONS).filter(rule -> minutes.opinions().isEmpty())
        .ifPresent(rule -> violations.add("opinions", MinutesSection.OPINIONS.label(), "required-rows", rule));
    violations.throwIfAny();
  }

  private static String row(String section, int index) {
    return section + "[" + index + "].";
  }

  static String label(String section, int index, String field) {
    return section + "第 " + (index + 1) + " 条 · " + field;
  }

  private static void required(Object value, String field, String label, Violations violations) {
    if (value == null || value instanceof String s && s.isBlank()) {
      violations.add(field, label, "required", "必须填写");
    }
  }

  private static String text(Map<String, ?> values, String field, String label, int maxLength,
      Violations violations) {
    Object value = values.get(field);
    if (value != null && !(value instanceof String)) {
      violations.add(field, label, "type", "必须是文本");
      return null;
    }
    String text = value == null ? "" : ((String) value).trim();
    if (text.length() > maxLength) {
      violations.add(field, label, "max-length", "不能超过 " + maxLength + " 个字");
      return null;
    }
    return text.isEmpty() ? null : text;
  }

  /** yyyy-MM-ddTHH:mm as a browser's datetime-local sends it (seconds allowed), or a space for the T. */
  private static LocalDateTime dateTime(Map<String, ?> values, String field, String label, Violations violations) {
    Object value = values.get(field);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString().trim().replace(' ', 'T');
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      violations.add(field, label, "date-time", "不是有效的时间（例如 2030-03-04T09:00）：" + Fields.abbreviate(text));
      return null;
    }
  }

  /** The rows of one section: a list of objects in JSON, the same rebuilt from the page's indexed fields. */
  private final class Rows {

    private final Map<String, ?> values;
    private final Violations violations;

    Rows(Map<String, ?> values, Violations violations) {
      this.values = values;
      this.violations = violations;
    }

    <T> List<T> read(String section, String sectionLabel, Function<Row, T> reader) {
      Object value = values.get(section);
      if (value == null) {
        return List.of();
      }
      if (!(value instanceof List<?> list)) {
        violations.add(section, sectionLabel, "type", "必须是列表");
        return List.of();
      }
      List<T> rows = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        if (!(list.get(i) instanceof Map<?, ?> fields)) {
          violations.add(section + "[" + i + "]", label(sectionLabel, i, "内容"), "type", "必须是对象");
        } else if (!blank(fields)) {
          rows.add(reader.apply(new Row(section, sectionLabel, i, fields, violations)));
        }
      }
      if (rows.size() > settings.maxRows()) {
        violations.add(section, sectionLabel, "max-rows", "最多 " + settings.maxRows() + " 条");
      }
      return rows;
    }

    private static boolean blank(Map<?, ?> fields) {
      return fields.values().stream().allMatch(v -> v == null || v.toString().isBlank());
    }
  }

  /** One row: its fields are named section[i].field, its labels 决议事项第 i+1 条 · 责任部门. */
  private record Row(String section, String sectionLabel, int index, Map<?, ?> fields, Violations violations) {

    String field(String name) {
      return section + "[" + index + "]." + name;
    }

    String text(String name, String label, int maxLength) {
      Object value = fields.get(name);
      if (value != null && !(value instanceof String)) {
        violations.add(field(name), label(sectionLabel, index, label), "type", "必须是文本");
        return null;
      }
      String text = value == null ? "" : ((String) value).trim();
      if (text.length() > maxLength) {
        violations.add(field(name), label(sectionLabel, index, label), "max-length", "不能超过 " + maxLength + " 个字");
        return null;
      }
      return text.isEmpty() ? null : text;
    }

    String department(Map<String, String> departments) {
      Object value = fields.get("department");
      if (value == null || value.toString().isBlank()) {
        return null;
      }
      String code = value.toString().trim();
      if (!departments.containsKey(code)) {
        violations.add(field("department"), label(sectionLabel, index, "责任部门"), "one-of",
            "不是本机关的部门：" + Fields.abbreviate(code));
        return null;
      }
      return code;
    }

    String category(List<String> categories) {
      Object value = fields.get("category");
      if (value == null || value.toString().isBlank()) {
        return null;
      }
      String category = value.toString().trim();
      if (!categories.contains(category)) {
        violations.add(field("category"), label(sectionLabel, index, "类别"), "one-of",
            "请选择：" + String.join("、", categories));
        return null;
      }
      return category;
    }

    LocalDate deadline(LocalDate meetingDay) {
      Object value = fields.get("deadline");
      if (value == null || value.toString().isBlank()) {
        return null;
      }
      String text = value.toString().trim();
      LocalDate deadline;
      try {
        deadline = LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
      } catch (DateTimeParseException e) {
        violations.add(field("deadline"), label(sectionLabel, index, "完成时限"), "date",
            "不是有效的日期（例如 2030-04-30）：" + Fields.abbreviate(text));
        return null;
      }
      if (deadline.isBefore(meetingDay)) {
        violations.add(field("deadline"), label(sectionLabel, index, "完成时限"), "not-before-meeting",
            "不能早于会议日期 " + meetingDay);
        return null;
      }
      return deadline;
    }
  }
}
