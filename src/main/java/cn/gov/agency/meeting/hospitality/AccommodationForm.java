package cn.gov.agency.meeting.hospitality;

import static cn.gov.agency.meeting.hospitality.HospitalityVariables.ACCOMMODATION_RESPONSIBLE;
import static cn.gov.agency.meeting.hospitality.HospitalityVariables.CHECK_IN;
import static cn.gov.agency.meeting.hospitality.HospitalityVariables.CHECK_OUT;
import static cn.gov.agency.meeting.hospitality.HospitalityVariables.EXCLUDED_PARTICIPANTS;
import static cn.gov.agency.meeting.hospitality.HospitalityVariables.HOTEL;
import static cn.gov.agency.meeting.hospitality.HospitalityVariables.ROOM_STANDARD;

import cn.gov.agency.meeting.validation.Fields;
import cn.gov.agency.meeting.validation.Violations;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads 安排会议住宿 and checks R3.7: a designated hotel, a standard within the cap, a stay that
 * covers the meeting, who among the participants does not need a room, and a person of the
 * organisation in charge of it, its safety included.
 */
@Component
public class AccommodationForm {

  static final String SUBJECT = "会议住宿";
  private static final String SEPARATORS = "[,，、;；\\s]+";

  private final AccommodationSettings settings;
  private final DesignatedSuppliers suppliers;
  private final Clock clock;
  private final PersonsInCharge persons;

  public AccommodationForm(AccommodationSettings settings, DesignatedSuppliers suppliers, Clock clock,
      PersonsInCharge persons) {
    this.settings = settings;
    this.suppliers = suppliers;
    this.clock = clock;
    this.persons = persons;
  }

  /**
   * {@code participants} are everyone of the meeting who could need a room; those named in the
   * exclusion list (by login name or name) are left out.
   */
  public AccommodationPlan read(Map<String, ?> values, LocalDateTime meetingStart, LocalDateTime meetingEnd,
      List<Lodger> participants) {
    Violations violations = new Violations(SUBJECT);
    DesignatedSupplier hotel = suppliers.hotel(values.get(HOTEL), HOTEL, violations).orElse(null);
    BigDecimal standard = Fields.positiveDecimal(values, ROOM_STANDARD, "住宿标准", 2, Fields.MAX_MONEY, violations);
    if (standard != null && standard.compareTo(settings.maxStandardPerRoomNight()) > 0) {
      violations.add(ROOM_STANDARD, "住宿标准", "max-standard", "超过规定上限 "
          + settings.maxStandardPerRoomNight().toPlainString() + " 元/间/晚");
    }
    LocalDateTime checkIn = dateTime(values, CHECK_IN, "入住时间", violations);
    LocalDateTime checkOut = dateTime(values, CHECK_OUT, "退房时间", violations);
    if (checkIn != null && !checkIn.isBefore(meetingStart)) {
      violations.add(CHECK_IN, "入住时间", "before-meeting", "必须早于会议开始时间");
    }
    if (checkOut != null && !checkOut.isAfter(meetingEnd)) {
      violations.add(CHECK_OUT, "退房时间", "after-meeting", "必须晚于会议结束时间");
    }
    if (checkIn != null && checkOut != null && !checkOut.isAfter(checkIn)) {
      violations.add(CHECK_OUT, "退房时间", "after-check-in", "必须晚于入住时间");
    }
    List<Lodger> lodgers = withoutExcluded(participants, Fields.optionalText(values, EXCLUDED_PARTICIPANTS),
        violations);
    String responsible = persons.read(values, ACCOMMODATION_RESPONSIBLE, "住宿负责人（含住宿安全）", violations);
    violations.throwIfAny();
    return new AccommodationPlan(hotel, standard, checkIn, checkOut, lodgers, responsible);
  }

  private static List<Lodger> withoutExcluded(List<Lodger> participants, String excludedText, Violations violations) {
    List<Lodger> lodgers = new ArrayList<>(participants);
    List<String> entries = Arrays.stream(excludedText.split(SEPARATORS)).filter(s -> !s.isEmpty()).toList();
    List<String> unknownPositions = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String entry = entries.get(i);
      if (!lodgers.removeIf(l -> entry.equals(l.personUserId()) || entry.equals(l.name()))) {
        unknownPositions.add(String.valueOf(i + 1));
      }
    }
    if (!unknownPositions.isEmpty()) {
      // Names are personal data and messages reach the logs: point at the entry, do not echo it.
      violations.add(EXCLUDED_PARTICIPANTS, "无需住宿的人员", "participant", "第 "
          + String.join("、", unknownPositions) + " 位不是本次会议的参会人员（或重复填写），请核对姓名或登录名");
    } else if (lodgers.isEmpty()) {
      violations.add(EXCLUDED_PARTICIPANTS, "无需住宿的人员", "someone-stays", "没有需要住宿的人员，无需安排住宿");
    }
    return lodgers;
  }

  private LocalDateTime dateTime(Map<String, ?> values, String field, String label, Violations violations) {
    Object value = values.get(field);
    if (value instanceof Date date) {
      return LocalDateTime.ofInstant(date.toInstant(), clock.getZone());
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
        // An offset or UTC ("...Z") means an instant: in agency time.
        return OffsetDateTime.parse(text).atZoneSameInstant(clock.getZone()).toLocalDateTime();
      } catch (DateTimeParseException e) {
        violations.add(field, label, "date-time", "不是有效的日期时间（例如 2030-03-03T18:00）：" + Fields.abbreviate(text));
        return null;
      }
    }
  }
}
