package cn.gov.agency.meeting.minutes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the drafting page's form fields into the shape the JSON API takes: {@code content=…} stays,
 * {@code resolutions[2].text=…} becomes row 2 of the list {@code resolutions}. A row ticked 删除
 * ({@code resolutions[2].remove}) is left out, so rows are removed without script.
 */
final class PageFields {

  private static final Pattern ROW_FIELD = Pattern.compile("([a-z]+)\\[(\\d{1,3})]\\.([a-zA-Z]+)");
  static final String REMOVE = "remove";

  private PageFields() {}

  static Map<String, Object> toDraft(Map<String, String> fields) {
    Map<String, Object> draft = new LinkedHashMap<>();
    Map<String, TreeMap<Integer, Map<String, String>>> sections = new LinkedHashMap<>();
    fields.forEach((name, value) -> {
      Matcher row = ROW_FIELD.matcher(name);
      if (row.matches()) {
        sections.computeIfAbsent(row.group(1), s -> new TreeMap<>())
            .computeIfAbsent(Integer.parseInt(row.group(2)), i -> new LinkedHashMap<>())
            .put(row.group(3), value);
      } else if (!name.equals("_csrf")) {
        draft.put(name, value);
      }
    });
    sections.forEach((section, rows) -> {
      List<Map<String, String>> kept = new ArrayList<>();
      rows.values().stream().filter(row -> !row.containsKey(REMOVE)).forEach(kept::add);
      draft.put(section, kept);
    });
    return draft;
  }
}
