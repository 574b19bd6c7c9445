package cn.gov.agency.meeting.figures;

import cn.gov.agency.meeting.figures.MeetingFiguresRepository.YearToDate;
import cn.gov.agency.meeting.figures.MeetingLimitSettings.Limit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * R1.2: whether a new meeting would take its department beyond the year's configured limits
 * (count, participants, hours, cost). It warns — the applicant, the leader deciding and the office
 * filing see it — and refuses nothing: the regulation asks to control, the leader decides.
 */
@Service
public class MeetingLimits {

  private final MeetingFiguresRepository figures;
  private final MeetingLimitSettings settings;

  MeetingLimits(MeetingFiguresRepository figures, MeetingLimitSettings settings) {
    this.figures = figures;
    this.settings = settings;
  }

  /** The department's meetings of the year so far (none cancelled) plus the new one, against the limits. */
  public LimitCheck check(String departmentCode, int year, int participants, BigDecimal hours, BigDecimal cost) {
    Limit limit = settings.of(departmentCode, year);
    YearToDate held = figures.yearToDate(departmentCode, year);
    List<String> exceeded = new ArrayList<>();
    if (limit.meetings() != null && held.meetings() + 1 > limit.meetings()) {
      exceeded.add("会议次数将达 " + (held.meetings() + 1) + " 次，控制数 " + limit.meetings() + " 次");
    }
    if (limit.participants() != null && held.participants() + participants > limit.participants()) {
      exceeded.add("参会人次将达 " + (held.participants() + participants) + " 人次，控制数 " + limit.participants() + " 人次");
    }
    BigDecimal newHours = held.hours().add(hours == null ? BigDecimal.ZERO : hours).setScale(1, RoundingMode.HALF_UP);
    if (limit.hours() != null && newHours.compareTo(limit.hours()) > 0) {
      exceeded.add("会议时长将达 " + newHours.toPlainString() + " 小时，控制数 " + limit.hours().toPlainString() + " 小时");
    }
    BigDecimal newCost = held.cost().add(cost == null ? BigDecimal.ZERO : cost).setScale(2, RoundingMode.HALF_UP);
    if (limit.cost() != null && newCost.compareTo(limit.cost()) > 0) {
      exceeded.add("会议经费将达 " + newCost.toPlainString() + " 元，控制数 " + limit.cost().toPlainString() + " 元");
    }
    return new LimitCheck(departmentCode, year, exceeded);
  }

  /** What a department's meetings of the year (none cancelled) already exceed, for the compliance view. */
  public List<String> exceededIn(String departmentCode, int year) {
    Limit limit = settings.of(departmentCode, year);
    YearToDate held = figures.yearToDate(departmentCode, year);
    List<String> exceeded = new ArrayList<>();
    if (limit.meetings() != null && held.meetings() > limit.meetings()) {
      exceeded.add("会议 " + held.meetings() + " 次，控制数 " + limit.meetings() + " 次");
    }
    if (limit.participants() != null && held.participants() > limit.participants()) {
      exceeded.add("参会 " + held.participants() + " 人次，控制数 " + limit.participants() + " 人次");
    }
    if (limit.hours() != null && held.hours().compareTo(limit.hours()) > 0) {
      exceeded.add("时长 " + held.hours().toPlainString() + " 小时，控制数 " + limit.hours().toPlainString() + " 小时");
    }
    if (limit.cost() != null && held.cost().compareTo(limit.cost()) > 0) {
      exceeded.add("经费 " + held.cost().toPlainString() + " 元，控制数 " + limit.cost().toPlainString() + " 元");
    }
    return exceeded;
  }

  /** The year's limits of a department, for the figures page. */
  public Limit limitOf(String departmentCode, int year) {
    return settings.of(departmentCode, year);
  }
}
