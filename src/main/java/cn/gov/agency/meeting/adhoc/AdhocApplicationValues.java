package cn.gov.agency.meeting.adhoc;

import static cn.gov.agency.meeting.adhoc.AdhocVariables.BUDGET_ESTIMATE;
import static cn.gov.agency.meeting.adhoc.AdhocVariables.CONTENT;
import static cn.gov.agency.meeting.adhoc.AdhocVariables.EXTERNAL_GUESTS;
import static cn.gov.agency.meeting.adhoc.AdhocVariables.HOLIDAY_RULE;
import static cn.gov.agency.meeting.adhoc.AdhocVariables.MEETING_TITLE;
import static cn.gov.agency.meeting.adhoc.AdhocVariables.MEETING_TYPE;
import static cn.gov.agency.meeting.adhoc.AdhocVariables.NECESSITY;
import static cn.gov.agency.meeting.adhoc.AdhocVariables.PARTICIPANTS;
import static cn.gov.agency.meeting.adhoc.AdhocVariables.PLACE;
import static cn.gov.agency.meeting.adhoc.AdhocVariables.PLANNED_END;
import static cn.gov.agency.meeting.adhoc.AdhocVariables.PLANNED_START;
import static cn.gov.agency.meeting.adhoc.AdhocVariables.REPEAT_COUNT;
import static cn.gov.agency.meeting.adhoc.AdhocVariables.REPEAT_PATTERN;
import static cn.gov.agency.meeting.adhoc.AdhocVariables.REPEAT_UNTIL;
import static cn.gov.agency.meeting.adhoc.AdhocVariables.SERIES_ROOM_CODE;

import cn.gov.agency.meeting.meeting.Participant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The application form's fields as the revision form on the application's page shows and posts them
 * (the names of {@code forms/adhoc-application.form}, read by {@link AdhocApplicationForm}).
 */
final class AdhocApplicationValues {

  static final List<String> FIELDS = List.of(MEETING_TYPE, MEETING_TITLE, NECESSITY, PLANNED_START, PLANNED_END,
      PLACE, PARTICIPANTS, EXTERNAL_GUESTS, CONTENT, BUDGET_ESTIMATE, REPEAT_PATTERN, REPEAT_UNTIL, REPEAT_COUNT,
      HOLIDAY_RULE, SERIES_ROOM_CODE);

  private AdhocApplicationValues() {}

  /** The stored application as the form shows it: people by login name, a guest a line. */
  static Map<String, String> of(AdhocApplication application) {
    Map<String, String> values = new HashMap<>();
    values.put(MEETING_TYPE, application.meetingType());
    values.put(MEETING_TITLE, application.title());
    values.put(NECESSITY, application.necessity());
    values.put(PLANNED_START, application.plannedStart().toString());
    values.put(PLANNED_END, application.plannedEnd().toString());
    values.put(PLACE, application.place());
    values.put(PARTICIPANTS, application.participants().stream().filter(p -> !p.isGuest())
        .map(Participant::personUserId).collect(Collectors.joining("、")));
    values.put(EXTERNAL_GUESTS, application.participants().stream().filter(Participant::isGuest)
        .map(guest -> guest.guestName() + (guest.guestUnit() == null ? "" : "，" + guest.guestUnit()))
        .collect(Collectors.joining("\n")));
    values.put(CONTENT, application.content());
    values.put(BUDGET_ESTIMATE, application.budgetEstimate() == null ? "" : application.budgetEstimate().toPlainString());
    values.put(REPEAT_PATTERN, application.recurrence() == null ? "NONE" : application.recurrence().pattern().name());
    if (application.recurrence() != null) {
      values.put(HOLIDAY_RULE, application.recurrence().holidayRule().name());
      values.put(REPEAT_UNTIL, application.recurrence().until() == null ? "" : application.recurrence().until().toString());
      values.put(REPEAT_COUNT, application.recurrence().count() == null ? "" : application.recurrence().count().toString());
      values.put(SERIES_ROOM_CODE, application.seriesRoomCode() == null ? "" : application.seriesRoomCode());
    }
    return values;
  }

  /** What the page posted, only the form's fields; an empty number or date is no value. */
  static Map<String, String> posted(Map<String, String> form) {
    Map<String, String> values = new HashMap<>();
    for (String field : FIELDS) {
      String value = form.get(field);
      if (value != null && !(value.isBlank() && (field.equals(REPEAT_UNTIL) || field.equals(REPEAT_COUNT)))) {
        values.put(field, value);
      }
    }
    return values;
  }
}
