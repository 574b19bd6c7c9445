package cn.gov.agency.meeting.plan;

import static cn.gov.agency.meeting.plan.PlanVariables.LEADERSHIP_ATTENDEES;
import static cn.gov.agency.meeting.plan.PlanVariables.LEADERSHIP_MEETING_DATE;
import static cn.gov.agency.meeting.plan.PlanVariables.LEADERSHIP_MEETING_NAME;

import cn.gov.agency.meeting.validation.Fields;
import cn.gov.agency.meeting.validation.Violations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Reads the meeting of 领导班子审定 (R3.1): the plan is decided collectively, so the form names the
 * team's meeting, its day (held already) and who of the team attended — more than half of the team,
 * else the meeting could not decide for it.
 */
@Component
class LeadershipMeetingForm {

  /** What the form says about the team's meeting, checked. */
  record Input(LocalDate heldOn, String meetingName, List<String> attendees) {}

  private static final int NAME_LENGTH = 100;
  private static final String SEPARATORS = "[,，、;；\\s]+";

  private final LeadershipTeam team;
  private final Clock clock;

  LeadershipMeetingForm(LeadershipTeam team, Clock clock) {
    this.team = team;
    this.clock = clock;
  }

  /** The meeting as given, or null when a violation was added. */
  Input read(Map<String, ?> values, Violations violations) {
    LocalDate heldOn = Fields.optionalDate(values, LEADERSHIP_MEETING_DATE, "审定会议日期", violations);
    if (heldOn == null && !violations.has(LEADERSHIP_MEETING_DATE)) {
      violations.add(LEADERSHIP_MEETING_DATE, "审定会议日期", "required", "必须填写");
    } else if (heldOn != null && heldOn.isAfter(LocalDate.now(clock))) {
      violations.add(LEADERSHIP_MEETING_DATE, "审定会议日期", "not-future", "只能记录已经召开的会议");
    }
    String name = Fields.requiredText(values, LEADERSHIP_MEETING_NAME, "审定会议", NAME_LENGTH, violations);
    List<String> attendees = attendees(Fields.optionalText(values, LEADERSHIP_ATTENDEES), violations);
    boolean valid = !violations.has(LEADERSHIP_MEETING_DATE) && !violations.has(LEADERSHIP_MEETING_NAME)
        && !violations.has(LEADERSHIP_ATTENDEES);
    return valid ? new Input(heldOn, name, attendees) : null;
  }

  private List<String> attendees(String text, Violations violations) {
    String label = "出席的领导班子成员";
    List<String> entries = Arrays.stream(text.split(SEPARATORS)).filter(s -> !s.isEmpty()).toList();
    if (entries.isEmpty()) {
      violations.add(LEADERSHIP_ATTENDEES, label, "required", "必须填写出席会议的领导班子成员的登录名");
      return List.of();
    }
    List<String> members = team.members();
    Set<String> present = new LinkedHashSet<>();
    List<String> strangers = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if (!members.contains(entries.get(i)) || !present.add(entries.get(i))) {
        strangers.add(String.valueOf(i + 1));
      }
    }
    if (!strangers.isEmpty()) {
      // Login names are not echoed: the message may reach the logs.
      violations.add(LEADERSHIP_ATTENDEES, label, "leadership-member", "第 " + String.join("、", strangers)
          + " 位不是领导班子成员的登录名（或重复填写）");
    } else if (present.size() * 2 <= members.size()) {
      violations.add(LEADERSHIP_ATTENDEES, label, "quorum", "出席的领导班子成员须超过半数（共 " + members.size()
          + " 人，至少 " + (members.size() / 2 + 1) + " 人），否则不能集体审定");
    }
    return List.copyOf(present);
  }
}
