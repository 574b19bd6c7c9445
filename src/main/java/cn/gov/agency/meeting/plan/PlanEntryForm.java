package cn.gov.agency.meeting.plan;

import cn.gov.agency.meeting.meetingtype.MeetingTypeCatalogue;
import cn.gov.agency.meeting.validation.Fields;
import cn.gov.agency.meeting.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Checks one planned meeting of a department's annual plan (R3.1): name, type, a date or a month
 * within the plan year, place, participants (count and who), content, hours, estimated cost.
 */
@Component
public class PlanEntryForm {

  private static final BigDecimal MAX_HOURS = new BigDecimal("72");

  private final MeetingTypeCatalogue meetingTypes;

  public PlanEntryForm(MeetingTypeCatalogue meetingTypes) {
    this.meetingTypes = meetingTypes;
  }

  /**
   * @param entryLabel how the messages name the entry, e.g. "第 3 条会议" or the entry's name
   */
  public PlanEntryInput read(Map<String, ?> values, int planYear, String entryLabel) {
    Violations violations = new Violations("年度会议计划（" + entryLabel + "）");
    String name = Fields.requiredText(values, "name", "会议名称", 200, violations);
    String type = Fields.requiredText(values, "meetingType", "会议类型", 40, violations);
    if (type != null && meetingTypes.find(type).isEmpty()) {
      violations.add("meetingType", "会议类型", "known-type", "不是已登记的会议类型：" + Fields.abbreviate(type));
    }
    LocalDate date = Fields.optionalDate(values, "plannedDate", "计划日期", violations);
    Integer month = Fields.integer(values, "plannedMonth", "计划月份", 1, 12, false, violations);
    if (date == null && month == null && !violations.has("plannedDate") && !violations.has("plannedMonth")) {
      violations.add("plannedDate", "计划日期", "date-or-month", "请填写计划日期或计划月份");
    }
    if (date != null && date.getYear() != planYear) {
      violations.add("plannedDate", "计划日期", "within-plan-year", "必须在 " + planYear + " 年内");
    }
    if (date != null && month != null && date.getMonthValue() != month) {
      violations.add("plannedMonth", "计划月份", "matches-date", "与计划日期的月份不一致");
    }
    BigDecimal hours = Fields.positiveDecimal(values, "plannedHours", "会议时长（小时）", 1, MAX_HOURS, violations);
    String place = Fields.requiredText(values, "place", "会议地点", 200, violations);
    Integer count = Fields.integer(values, "participantCount", "参会人数", 1, 10000, true, violations);
    String participants = Fields.requiredText(values, "participants", "参会范围", 2000, violations);
    String content = Fields.requiredText(values, "content", "会议内容", 4000, violations);
    BigDecimal cost = Fields.money(values, "estimatedCost", "预计费用", violations);
    violations.throwIfAny();
    return new PlanEntryInput(name, type, date, date != null ? Integer.valueOf(date.getMonthValue()) : month,
        hours, place, count, participants, content, cost);
  }
}
