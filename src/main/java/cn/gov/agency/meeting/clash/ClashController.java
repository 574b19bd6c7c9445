package cn.gov.agency.meeting.clash;

import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.validation.Fields;
import cn.gov.agency.meeting.validation.Violations;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/clashes?start=&end=&people=a,b&excludeMeeting=}: any logged-in user may ask;
 * confidential titles are hidden unless the caller is entitled to the meeting (R5.2).
 */
@RestController
class ClashController {

  private static final String SUBJECT = "参会人员冲突查询";

  private final ParticipantClashes clashes;
  private final OrganisationDirectory directory;
  private final ClashSettings settings;

  ClashController(ParticipantClashes clashes, OrganisationDirectory directory, ClashSettings settings) {
    this.clashes = clashes;
    this.directory = directory;
    this.settings = settings;
  }

  /** {@code people} repeats or is comma-separated login names. */
  @GetMapping("/api/clashes")
  List<ParticipantClash> clashes(@RequestParam @DateTimeFormat(iso = ISO.DATE_TIME) LocalDateTime start,
      @RequestParam @DateTimeFormat(iso = ISO.DATE_TIME) LocalDateTime end,
      @RequestParam(required = false) List<String> people, @RequestParam(required = false) Long excludeMeeting,
      CurrentUser user) {
    Violations violations = new Violations(SUBJECT);
    if (!end.isAfter(start)) {
      violations.add("end", "结束时间", "after-start", "必须晚于开始时间");
    } else if (ChronoUnit.DAYS.between(start, end) >= settings.maxSpanDays()) {
      violations.add("end", "结束时间", "max-span", "一次最多查询 " + settings.maxSpanDays() + " 天");
    }
    Set<String> userIds = new LinkedHashSet<>();
    if (people != null) {
      people.stream().map(String::trim).filter(id -> !id.isEmpty()).forEach(userIds::add);
    }
    if (userIds.isEmpty()) {
      violations.add("people", "参会人员", "required", "请填写至少一位人员的登录名，多位用逗号分隔");
    } else if (userIds.size() > settings.maxPeople()) {
      violations.add("people", "参会人员", "max-count", "一次最多查询 " + settings.maxPeople() + " 人");
    } else {
      userIds.stream().filter(id -> directory.person(id).isEmpty()).findFirst().ifPresent(id -> violations.add(
          "people", "参会人员", "known-person", "不是本单位在册人员的登录名：" + Fields.abbreviate(id)));
    }
    if (excludeMeeting != null && excludeMeeting < 1) {
      violations.add("excludeMeeting", "排除的会议", "positive", "必须是会议编号");
    }
    violations.throwIfAny();
    return clashes.clashes(start, end, userIds, excludeMeeting, user.userId());
  }
}
