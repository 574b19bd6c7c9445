package cn.gov.agency.meeting.web;

import cn.gov.agency.meeting.organisation.PersonUnits;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The navigation of every page ({@code nav} in the shared layout): what the logged-in person may
 * open, grouped, and nothing they may not — a link that answers 无权访问 only sends people away.
 * Each entry names the groups its page lets in, mirroring the page's own check (the page still
 * decides; this only keeps the menu honest).
 */
@ControllerAdvice
public class PageNavigation {

  private static final String TASKLIST = "/camunda/app/tasklist/";
  /** A meeting's stage pages, whose breadcrumbs lead back to the meeting. */
  private static final Pattern STAGE_PAGE = Pattern.compile("^/app/meetings/(\\d{1,18})/.+");

  private static final List<Section> MENU = List.of(
      new Section("我的", List.of(
          entry("我的会议", "/app/my", anyone()),
          entry("我的会议通知", "/app/my/notices", anyone()),
          entry("我的签到码", "/app/my/sign-in-codes", anyone()),
          entry("请假与代会", "/app/my/meetings", anyone()),
          entry("我收到的会议纪要", "/app/my/minutes", anyone()),
          // bulletin/MyBulletinsController: each person's own bulletins only
          entry("我收到的通报与反馈", "/app/my/bulletins", anyone()),
          entry("会议精神确认", "/app/my/passing-on", anyone()),
          // the applications a person started: only department staff may start one
          entry("我的临时会议申请", "/app/adhoc-applications", user -> user.isInAnyStartingWith("staff-")))),
      new Section("会议与会议室", List.of(
          entry("年度会议", "/app/meetings", anyone()),
          entry("会议日历", "/app/meetings/calendar", anyone()),
          entry("会议室日历", "/app/rooms/calendar", anyone()),
          entry("空闲会议室查询", "/app/rooms/free", anyone()),
          entry("会议统计", "/app/figures", anyone()))),
      new Section("管理与监督", List.of(
          // RoomsPagesController: management information
          entry("会议室使用率", "/app/rooms/utilisation", inAny("office", "leadership", "auditor", "camunda-admin")),
          // FollowUpAccess: every department for the office and auditors, its own for a department
          entry("决议落实考核", "/app/appraisal", user -> inAny("office", "auditor", "camunda-admin").test(user)
              || user.isInAnyStartingWith("staff-") || user.isInAnyStartingWith("head-")
              || user.isInAnyStartingWith("leader-")),
          // PassOnController.requireOverviewer
          entry("会议精神传达情况", "/app/passing-on", inAny("office", "auditor", "camunda-admin")),
          // compliance/ComplianceService.mayRead
          entry("合规情况", "/app/compliance", inAny("office", "leadership", "auditor")),
          // audit/AuditAccess
          entry("审计查询", "/app/audit", inAny("auditor", "office")))));

  private final OrganisationDirectory directory;
  private final PersonUnits units;

  PageNavigation(OrganisationDirectory directory, PersonUnits units) {
    this.directory = directory;
    this.units = units;
  }

  /** Only the pages have a navigation: the API's answers are not worth the organisation's lookups. */
  @ModelAttribute("nav")
  Navigation navigation(HttpServletRequest request) {
    String path = request.getRequestURI();
    if (!path.startsWith("/app/")) {
      return null;
    }
    return CurrentUser.ofThisRequest().map(user -> of(user, path)).orElse(null);
  }

  Navigation of(CurrentUser user, String path) {
    List<Group> groups = new ArrayList<>();
    for (Section section : MENU) {
      List<Link> links = section.entries().stream().filter(e -> e.mayOpen().test(user))
          .map(e -> new Link(e.label(), e.href(), e.href().equals(path))).toList();
      if (!links.isEmpty()) {
        groups.add(new Group(section.title(), links));
      }
    }
    Person person = directory.person(user.userId()).orElse(null);
    String name = person == null ? user.userId() : person.fullName();
    String unit = person == null ? "" : units.unitOf(person);
    Matcher stage = STAGE_PAGE.matcher(path);
    Long meetingId = stage.matches() ? Long.valueOf(stage.group(1)) : null;
    return new Navigation(name, unit, person == null ? "" : person.position(), groups, TASKLIST, meetingId);
  }

  private static Entry entry(String label, String href, Predicate<CurrentUser> mayOpen) {
    return new Entry(label, href, mayOpen);
  }

  private static Predicate<CurrentUser> anyone() {
    return user -> true;
  }

  private static Predicate<CurrentUser> inAny(String... groups) {
    return user -> List.of(groups).stream().anyMatch(user::isIn);
  }

  private record Entry(String label, String href, Predicate<CurrentUser> mayOpen) {}

  private record Section(String title, List<Entry> entries) {}

  /** What the layout shows: who is logged in, the groups of links, the way back to Tasklist. */
  public record Navigation(String name, String unit, String position, List<Group> groups, String tasklist,
      Long meetingId) {}

  public record Group(String title, List<Link> links) {}

  public record Link(String label, String href, boolean current) {}
}
