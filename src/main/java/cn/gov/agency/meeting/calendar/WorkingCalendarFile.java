package cn.gov.agency.meeting.calendar;

import java.io.Reader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the administrator-edited calendar file ({@code processes/working-calendar.yaml}; the format is
 * described in its header comment) into a {@link WorkingCalendar}.
 *
 * <p>The YAML is read as a node tree, not as objects: that way every value is the text the administrator
 * typed (SnakeYAML's own date parsing is lenient and would turn 2026-02-30 into 2026-03-02) and every
 * problem can be reported with its line number. All problems are collected so one round of editing can
 * fix them all.
 */
public final class WorkingCalendarFile {

  private static final String WEEKDAYS = "一二三四五六日";

  private WorkingCalendarFile() {
  }

  /**
   * @param sourceName how the file is named in error messages, e.g. its path
   * @throws InvalidCalendarFileException listing every problem found, each with its line, year and entry
   */
  public static WorkingCalendar parse(Reader reader, String sourceName) {
    return new Reading(sourceName).read(reader);
  }

  /** The file was not loaded; the message lists the problems, in Chinese with English in brackets. */
  public static final class InvalidCalendarFileException extends RuntimeException {

    private final List<String> problems;

    InvalidCalendarFileException(String sourceName, List<String> problems) {
      super("工作日历文件 " + sourceName + " 有误，未加载 (invalid working calendar file, not loaded):"
          + problems.stream().map(problem -> "\n  - " + problem).collect(Collectors.joining()));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  private static final class Reading {

    private final String sourceName;
    private final List<String> problems = new ArrayList<>();
    private final Map<Integer, Integer> yearLines = new LinkedHashMap<>();
    // date -> where it is listed, for conflict messages
    private final Map<LocalDate, String> nationalDaysOff = new LinkedHashMap<>();
    private final Map<LocalDate, String> nationalWorkdays = new LinkedHashMap<>();
    private final Map<LocalDate, String> agencyDaysOff = new LinkedHashMap<>();
    private final Map<LocalDate, String> agencyWorkdays = new LinkedHashMap<>();

    Reading(String sourceName) {
      this.sourceName = sourceName;
    }

    WorkingCalendar read(Reader reader) {
      Node root;
      try {
        root = new Yaml(new LoaderOptions()).compose(reader);
      } catch (YAMLException e) {
        throw new InvalidCalendarFileException(sourceName,
            List.of("不是合法的 YAML (not valid YAML): " + e.getMessage()));
      }
      if (!(root instanceof MappingNode)) {
        throw new InvalidCalendarFileException(sourceName,
            List.of("文件为空或顶层不是以 years: 开头的映射 (the file must be a mapping with a 'years' key)"));
      }
      Map<String, Node> top = fields(root, "文件顶层 (top level)",
          List.of("years", "agencyDaysOff", "agencyWorkdays"), List.of("years"));
      sequence(top.get("years"), "years").forEach(this::readYear);
      sequence(top.get("agencyDaysOff"), "agencyDaysOff").forEach(this::readAgencyDayOff);
      sequence(top.get("agencyWorkdays"), "agencyWorkdays").forEach(this::readAgencyWorkday);
      reportConflicts(nationalDaysOff, nationalWorkdays);
      reportConflicts(agencyDaysOff, agencyWorkdays);
      if (!problems.isEmpty()) {
        throw new InvalidCalendarFileException(sourceName, problems);
      }
      // The agency's own changes override the national schedule.
      Set<LocalDate> daysOff = new HashSet<>(nationalDaysOff.keySet());
      daysOff.removeAll(agencyWorkdays.keySet());
      daysOff.addAll(agencyDaysOff.keySet());
      Set<LocalDate> workdays = new HashSet<>(nationalWorkdays.keySet());
      workdays.removeAll(agencyDaysOff.keySet());
      workdays.addAll(agencyWorkdays.keySet());
      return new WorkingCalendar(yearLines.keySet(), daysOff, workdays);
    }

    private void readYear(Node node) {
      Map<String, Node> fields = fields(node, "years 条目 (entry)",
          List.of("year", "source", "holidays", "workdays"), List.of("year", "source", "holidays"));
      Integer year = year(fields.get("year"));
      if (year == null) {
        return;
      }
      String where = year + " 年";
      Integer firstLine = yearLines.putIfAbsent(year, line(node));
      if (firstLine != null) {
        problem(node, where, "年份重复，第 " + firstLine + " 行已有 " + year + " 年 (the same year twice)");
        return;
      }
      text(fields.get("source"), where, "source");
      sequence(fields.get("holidays"), where + " holidays").forEach(entry -> readHoliday(entry, year));
      sequence(fields.get("workdays"), where + " workdays").forEach(entry -> readWorkday(entry, year));
    }

    private void readHoliday(Node node, int year) {
      String where = year + " 年 holidays";
      Map<String, Node> fields = fields(node, where, List.of("name", "from", "to"), List.of("name", "from", "to"));
      String label = labelled(where, text(fields.get("name"), where, "name"));
      LocalDate from = date(fields.get("from"), label, "from");
      LocalDate to = date(fields.get("to"), label, "to");
      if (isRange(node, label, from, to) && isInYear(node, label, year, from, to)) {
        record(nationalDaysOff, from, to, node, label);
      }
    }

    private void readWorkday(Node node, int year) {
      String where = year + " 年 workdays";
      Map<String, Node> fields = fields(node, where, List.of("date", "holiday"), List.of("date", "holiday"));
      String label = labelled(where, text(fields.get("holiday"), where, "holiday"));
      LocalDate date = date(fields.get("date"), label, "date");
      if (date == null || !isInYear(node, label, year, date, date)) {
        return;
      }
      DayOfWeek day = date.getDayOfWeek();
      if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
        problem(node, label, date + " 是星期" + WEEKDAYS.charAt(day.getValue() - 1)
            + "，调休上班日应是周六或周日 (a make-up working day must be a Saturday or Sunday)");
        return;
      }
      record(nationalWorkdays, date, date, node, label);
    }

    private void readAgencyDayOff(Node node) {
      String where = "agencyDaysOff";
      Map<String, Node> fields = fields(node, where, List.of("from", "to", "reason"), List.of("from", "to", "reason"));
      String label = labelled(where, text(fields.get("reason"), where, "reason"));
      LocalDate from = date(fields.get("from"), label, "from");
      LocalDate to = date(fields.get("to"), label, "to");
      if (isRange(node, label, from, to)) {
        record(agencyDaysOff, from, to, node, label);
      }
    }

    private void readAgencyWorkday(Node node) {
      String where = "agencyWorkdays";
      Map<String, Node> fields = fields(node, where, List.of("date", "reason"), List.of("date", "reason"));
      String label = labelled(where, text(fields.get("reason"), where, "reason"));
      LocalDate date = date(fields.get("date"), label, "date");
      if (date != null) {
        record(agencyWorkdays, date, date, node, label);
      }
    }

    private boolean isRange(Node node, String label, LocalDate from, LocalDate to) {
      if (from == null || to == null) {
        return false;
      }
      if (from.isAfter(to)) {
        problem(node, label, "from " + from + " 晚于 to " + to + " (from is after to)");
        return false;
      }
      return true;
    }

    private boolean isInYear(Node node, String label, int year, LocalDate from, LocalDate to) {
      if (from.getYear() == year && to.getYear() == year) {
        return true;
      }
      String dates = from.equals(to) ? from.toString() : from + " 至 " + to;
      problem(node, label, dates + " 不在 " + year + " 年内，跨年的日期请写在它所在年份的条目下"
          + " (date outside its declared year " + year + ")");
      return false;
    }

    private void record(Map<LocalDate, String> target, LocalDate from, LocalDate to, Node node, String label) {
      String listedAt = "第 " + line(node) + " 行 " + label;
      from.datesUntil(to.plusDays(1)).forEach(date -> target.putIfAbsent(date, listedAt));
    }

    private void reportConflicts(Map<LocalDate, String> daysOff, Map<LocalDate, String> workdays) {
      new TreeSet<>(workdays.keySet()).stream()
          .filter(daysOff::containsKey)
          .forEach(date -> problems.add(date + " 既列为放假（" + daysOff.get(date) + "）又列为上班（"
              + workdays.get(date) + "） (listed both as a day off and as a working day)"));
    }

    /** A mapping's values by key; unknown, duplicate and missing keys are reported. */
    private Map<String, Node> fields(Node node, String where, List<String> allowed, List<String> required) {
      Map<String, Node> fields = new LinkedHashMap<>();
      if (!(node instanceof MappingNode mapping)) {
        problem(node, where, "应是 key: value 形式的映射 (expected a mapping)");
        return fields;
      }
      for (NodeTuple tuple : mapping.getValue()) {
        String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
        if (!allowed.contains(key)) {
          problem(tuple.getKeyNode(), where, "未知字段 " + key + "，可用字段为 " + allowed
              + " (unknown key)");
        } else if (fields.putIfAbsent(key, tuple.getValueNode()) != null) {
          problem(tuple.getKeyNode(), where, "字段 " + key + " 重复 (duplicate key)");
        }
      }
      required.stream()
          .filter(key -> !fields.containsKey(key))
          .forEach(key -> problem(node, where, "缺少字段 " + key + " (missing key)"));
      return fields;
    }

    /** The items of a list; an absent or empty value is an empty list. */
    private List<Node> sequence(Node node, String where) {
      if (node == null || isNull(node)) {
        return List.of();
      }
      if (node instanceof SequenceNode sequence) {
        return sequence.getValue();
      }
      problem(node, where, "应是以 - 开头的列表或 [] (expected a list)");
      return List.of();
    }

    private Integer year(Node node) {
      String value = text(node, "years 条目 (entry)", "year");
      if (value == null) {
        return null;
      }
      if (!value.matches("\\d{4}")) {
        problem(node, "years 条目 (entry)", "year 应是四位数年份，而不是 " + value + " (year must be four digits)");
        return null;
      }
      return Integer.valueOf(value);
    }

    private LocalDate date(Node node, String where, String key) {
      String value = text(node, where, key);
      if (value == null) {
        return null;
      }
      try {
        return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeParseException e) {
        problem(node, where, key + " 的值 " + value + " 不是有效日期，应写成 yyyy-MM-dd"
            + " (unparseable date)");
        return null;
      }
    }

    /** A required single value; null (already reported or now reported) when absent. */
    private String text(Node node, String where, String key) {
      if (node == null) {
        return null;
      }
      if (!(node instanceof ScalarNode scalar) || isNull(node) || scalar.getValue().isBlank()) {
        problem(node, where, key + " 应是一个非空的值 (" + key + " must be a single non-empty value)");
        return null;
      }
      return scalar.getValue().trim();
    }

    private static boolean isNull(Node node) {
      return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    private static String labelled(String where, String name) {
      return name == null ? where : where + " “" + name + "”";
    }

    private static int line(Node node) {
      return node.getStartMark().getLine() + 1;
    }

    private void problem(Node node, String where, String what) {
      problems.add("第 " + line(node) + " 行 " + where + "：" + what);
    }
  }
}
