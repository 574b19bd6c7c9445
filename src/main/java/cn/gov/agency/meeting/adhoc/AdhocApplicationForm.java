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
import cn.gov.agency.meeting.meeting.ParticipantResolver;
import cn.gov.agency.meeting.meetingtype.MeetingTypeCatalogue;
import cn.gov.agency.meeting.series.HolidayRule;
import cn.gov.agency.meeting.series.Recurrence;
import cn.gov.agency.meeting.series.RepeatPattern;
import cn.gov.agency.meeting.series.SeriesSettings;
import cn.gov.agency.meeting.validation.Fields;
import cn.gov.agency.meeting.validation.Violations;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads the application form's values, however they arrived (Tasklist form, engine REST API, a
 * test), and checks every rule of R3.2. All problems are reported together; nothing is saved
 * unless all pass.
 */
@Component
public class AdhocApplicationForm {

  static final String SUBJECT = "临时会议申请";
  private static final int SHORT_TEXT = 200;
  private static final int LONG_TEXT = 4000;

  private final MeetingTypeCatalogue meetingTypes;
  private final ParticipantResolver participantResolver;
  private final Clock clock;
  private final SeriesSettings seriesSettings;

  public AdhocApplicationForm(MeetingTypeCatalogue meetingTypes, ParticipantResolver participantResolver, Clock clock,
      SeriesSettings seriesSettings) {
    this.seriesSettings = seriesSettings;
    this.meetingTypes = meetingTypes;
    this.participantResolver = participantResolver;
    this.clock = clock;
  }

  public AdhocApplicationInput read(Map<String, Object> values) {
    Violations violations = new Violations(SUBJECT);

    String meetingType = Fields.requiredText(values, MEETING_TYPE, "会议类型", 40, violations);
    if (meetingType != null && meetingTypes.find(meetingType).isEmpty()) {
      violations.add(MEETING_TYPE, "会议类型", "known-type", "不是已登记的会议类型：" + meetingType);
    }
    String title = Fields.requiredText(values, MEETING_TITLE, "会议名称", SHORT_TEXT, violations);
    String necessity = Fields.requiredText(values, NECESSITY, "必要性", LONG_TEXT, violations);
    LocalDateTime start = dateTime(values, PLANNED_START, "开始时间", violations);
    LocalDateTime end = dateTime(values, PLANNED_END, "结束时间", violations);
    if (start != null && !start.isAfter(LocalDateTime.now(clock))) {
      violations.add(PLANNED_START, "开始时间", "future", "必须晚于当前时间");
    }
    if (start != null && end != null && !end.isAfter(start)) {
      violations.add(PLANNED_END, "结束时间", "after-start", "必须晚于开始时间");
    }
    String place = Fields.requiredText(values, PLACE, "会议地点", SHORT_TEXT, violations);
    String content = Fields.requiredText(values, CONTENT, "会议内容", LONG_TEXT, violations);
    BigDecimal budget = Fields.money(values, BUDGET_ESTIMATE, "经费预算", violations);

    List<Participant> participants = new ArrayList<>();
    participants.addAll(participantResolver.resolvePeople(Fields.optionalText(values, PARTICIPANTS), violations));
    participants.addAll(participantResolver.parseGuests(Fields.optionalText(values, EXTERNAL_GUESTS), violations));
    if (participants.isEmpty() && !violations.has(PARTICIPANTS) && !violations.has(EXTERNAL_GUESTS)) {
      violations.add(PARTICIPANTS, "参会人员", "at-least-one", "至少需要一名参会人员（本单位人员或外部嘉宾）");
    }

    Recurrence recurrence = recurrence(values, start, violations);
    String roomText = Fields.optionalText(values, SERIES_ROOM_CODE);
    String seriesRoomCode = recurrence == null || roomText.isEmpty() ? null : roomText;
    if (seriesRoomCode != null && seriesRoomCode.length() > 20) {
      violations.add(SERIES_ROOM_CODE, "周期会议会议室", "max-length", "不能超过 20 个字");
    }

    violations.throwIfAny();
    return new AdhocApplicationInput(meetingType, title, necessity, start, end, place, participants,
        content, budget, recurrence, seriesRoomCode);
  }

  /** 周期会议: no repeat pattern is a single meeting; a pattern needs a holiday rule and one end (date or count). */
  private Recurrence recurrence(Map<String, Object> values, LocalDateTime start, Violations violations) {
    String patternValue = Fields.optionalText(values, REPEAT_PATTERN);
    if (patternValue.isEmpty() || patternValue.equalsIgnoreCase("NONE")) {
      return null;
    }
    RepeatPattern pattern = RepeatPattern.fromValue(patternValue).orElse(null);
    if (pattern == null) {
      violations.add(REPEAT_PATTERN, "重复方式", "one-of", "请选择每周、每两周、每月第几个星期几或每月同一日期");
    }
    HolidayRule holidayRule = HolidayRule.fromValue(values.get(HOLIDAY_RULE)).orElse(null);
    if (holidayRule == null) {
      violations.add(HOLIDAY_RULE, "遇节假日", "one-of", "请选择取消该次或顺延至下一工作日");
    }
    LocalDate until = Fields.optionalDate(values, REPEAT_UNTIL, "重复截止日期", violations);
    Integer count = Fields.integer(values, REPEAT_COUNT, "重复次数", 2, seriesSettings.maxOccurrences(), false,
        violations);
    if ((until == null) == (count == null) && !violations.has(REPEAT_UNTIL) && !violations.has(REPEAT_COUNT)) {
      violations.add(REPEAT_UNTIL, "重复截止日期", "until-or-count", "请填写截止日期或重复次数（二选一）");
    }
    if (until != null && start != null && !until.isAfter(start.toLocalDate())) {
      violations.add(REPEAT_UNTIL, "重复截止日期", "after-start", "必须晚于第一次会议的日期");
    }
    if (pattern == null || holidayRule == null || (until == null) == (count == null)
        || violations.has(REPEAT_UNTIL) || violations.has(REPEAT_COUNT)) {
      return null;
    }
    return new Recurrence(pattern, until, count, holidayRule);
  }

  private LocalDateTime dateTime(Map<String, Object> values, String field, String label, Violations violations) {
    Object value = values.get(field);
    ZoneId zone = clock.getZone();
    if (value instanceof Date date) {
      return LocalDateTime.ofInstant(date.toInstant(), zone);
    }
    if (value == null || value.toString().isBlank()) {
      violations.add(field, label, "required", "必须填写");
      return null;
    }
    String text = value.toString().trim();
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException notLocal) {
      try {
        // Clients that send an offset or UTC ("...Z") mean an instant: show it in agency time.
        return OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDateTime();
      } catch (DateTimeParseException e) {
        violations.add(field, label, "date-time", "不是有效的日期时间（例如 2026-12-01T09:00）：" + Fields.abbreviate(text));
        return null;
      }
    }
  }

}
