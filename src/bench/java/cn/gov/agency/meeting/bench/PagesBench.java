package cn.gov.agency.meeting.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The project's own pages and APIs at scale (issue 19), through the real web layer — login, Spring
 * MVC, FreeMarker, JSON — over HTTP to the running application, as the people who open them: 10
 * years of meetings in every department (100,000 at the largest size, ten participants each:
 * 1,000,000 participations, one in twenty confidential, one in fifty of the past years cancelled),
 * each with its room booked and three lines of trail, and one person (王丽) in 200 meetings of the
 * coming year.
 */
final class PagesBench {

  private static final int[] FULL_MEETINGS = {6_250, 25_000, 100_000};
  private static final int YEARS = 10;
  private static final int ROOMS = 100;
  private static final int PEOPLE = 5_000;
  private static final int PARTICIPANTS_PER_MEETING = 10;
  private static final int MY_MEETINGS = 200;
  private static final int WARM_UP = 3;
  private static final int RUNS = 30;

  private final Benchmark.Options options;
  private final JdbcTemplate jdbc;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
  private int loaded;

  PagesBench(ConfigurableApplicationContext context, Benchmark.Options options) {
    this.options = options;
    this.jdbc = context.getBean(JdbcTemplate.class);
    this.base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
  }

  Map<String, Object> run() {
    new BenchRooms(jdbc, "PAGE", ROOMS);
    jdbc.update("""
        insert into person (user_id, family_name, given_name, department_code, position, gender, rank_order)
        select 'page' || g, '页', '测' || g, 'policy', '科员', 'M', 1000 from generate_series(1, ?) g""", PEOPLE);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("years", (thisYear - YEARS + 2) + "–" + (thisYear + 1));
    List<Map<String, Object>> steps = new ArrayList<>();
    for (int full : FULL_MEETINGS) {
      int target = options.scaled(full);
      Benchmark.log("pages: loading meetings to " + target);
      load(loaded, target);
      loaded = target;
      jdbc.execute("analyze");
      Map<String, Object> step = new LinkedHashMap<>();
      step.put("meetings", jdbc.queryForObject("select count(*) from meeting", Long.class));
      step.put("participations", jdbc.queryForObject("select count(*) from meeting_participant", Long.class));
      step.put("meetingsOfWangli", jdbc.queryForObject(
          "select count(*) from meeting_participant where person_user_id = 'wangli'", Long.class));
      step.put("pages", measure());
      steps.add(step);
    }
    result.put("steps", steps);
    return result;
  }

  /** Each page as the person who uses it; the figure of a page is its whole answer, body included. */
  private Map<String, Object> measure() {
    int year = thisYear;
    String month = year + "-03";
    Map<String, Object> pages = new LinkedHashMap<>();
    pages.put("/app/meetings?year (office)", page("zhouping", "/app/meetings?year=" + year));
    pages.put("/app/meetings?year (staff)", page("wangli", "/app/meetings?year=" + year));
    pages.put("/api/meetings?year (office)", page("zhouping", "/api/meetings?year=" + year));
    pages.put("/app/meetings/calendar?month (office)", page("zhouping", "/app/meetings/calendar?month=" + month));
    pages.put("/app/meetings/calendar?month (staff)", page("wangli", "/app/meetings/calendar?month=" + month));
    pages.put("/app/figures?year (leader)", page("qianjun", "/app/figures?year=" + year));
    pages.put("/app/rooms/utilisation?month (office)", page("zhouping", "/app/rooms/utilisation?month=" + month));
    pages.put("/app/audit?meeting (auditor)", page("shenyu", "/app/audit?meeting=" + encode("页面基准会议7")));
    pages.put("/app/audit?department&from&to (auditor)", page("shenyu", "/app/audit?department=policy&from="
        + year + "-03-01&to=" + year + "-03-31"));
    pages.put("/app/my (person in 200 meetings)", page("wangli", "/app/my"));
    pages.put("/api/clashes 30 people (office)", page("zhouping", "/api/clashes?start=" + month
        + "-10T09:00:00&end=" + month + "-10T18:00:00&people=" + clashPeople()));
    return pages;
  }

  private Map<String, Object> page(String user, String path) {
    // The first answers of a page compile its template and warm the JIT: not what a person waits for
    // on a running server, and slow enough to end the sampling (Samples.time keeps a slow warm-up).
    for (int i = 0; i < WARM_UP; i++) {
      get(user, path);
    }
    long[] bytes = {0};
    int[] status = {0};
    Map<String, Object> figures = new LinkedHashMap<>(Samples.time(WARM_UP, RUNS, () -> {
      HttpResponse<byte[]> response = get(user, path);
      status[0] = response.statusCode();
      bytes[0] = response.body().length;
      if (status[0] != 200) {
        throw new IllegalStateException(path + " answered " + status[0]);
      }
    }).summary());
    figures.put("status", status[0]);
    figures.put("bytes", bytes[0]);
    Benchmark.log("pages: " + path + " as " + user + " " + figures);
    return figures;
  }

  private HttpResponse<byte[]> get(String user, String path) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html").GET().build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(path, e);
    }
  }

  private static String clashPeople() {
    StringJoiner people = new StringJoiner(",");
    for (int i = 0; i < 30; i++) {
      people.add("page" + (i * 167 % PEOPLE + 1));
    }
    return people.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /**
   * Meetings {@code from..to-1}: meeting g is of year (first + g % 10), its department cycles over
   * the organisation's; with k = g / 10 its room is k % 100 and its day (k / 100 * 37) % 300 after
   * 2 January, so that no two share a room at a time and every size spreads over the year. Years before this one are archived, this year's and next
   * year's approved.
   */
  private void load(int from, int to) {
    if (to <= from) {
      return;
    }
    int firstYear = thisYear - YEARS + 2;
    long lastBefore = jdbc.queryForObject("select coalesce(max(id), 0) from meeting", Long.class);
    jdbc.update("""
        insert into meeting (source, meeting_type, title, host_department_code, planned_start, planned_end, place,
            content, budget_estimate, status, created_at, confidential, meeting_year, expected_participants,
            planned_hours)
        select 'ADHOC', 'work_deployment', '页面基准会议' || g, d.code, s.start, s.start + interval '2 hours', '基准',
            '基准', 1000,
            case when s.y < ? and g % 50 = 0 then 'CANCELLED' when s.y < ? then 'ARCHIVED' else 'APPROVED' end,
            localtimestamp, g % 20 = 0, s.y, 10, 2
        from generate_series(?, ?) g
        cross join lateral (select ? + g % ? as y) yy
        cross join lateral (select make_timestamp(yy.y, 1, 2, 9, 0, 0)
            + ((g / ? / ? * 37) % 300) * interval '1 day' as start, yy.y) s
        join (select code, row_number() over (order by code) - 1 as k, count(*) over () as n from department) d
          on d.k = g % d.n""", thisYear, thisYear, from, to - 1, firstYear, YEARS, YEARS, ROOMS);
    jdbc.update("""
        insert into meeting_participant (meeting_id, person_user_id)
        select m.id, 'page' || (((m.id * 7 + k * 613) % ?) + 1)
        from meeting m cross join generate_series(0, ? - 1) k
        where m.id > ?""", PEOPLE, PARTICIPANTS_PER_MEETING, lastBefore);
    jdbc.update("""
        insert into room_booking (room_id, meeting_id, starts_at, ends_at, booked_by, booked_at)
        select r.id, m.id, m.planned_start, m.planned_end, 'zhouping', localtimestamp
        from meeting m
        join (select id, row_number() over (order by code) - 1 as k from room where code like 'PAGE%') r
          on r.k = ((m.id - ?) / ?) % ?
        where m.id > ? and m.status <> 'CANCELLED'""", lastBefore + 1 - from, YEARS, ROOMS, lastBefore);
    // A trail for every meeting (what the audit search reads): opened, materials, archived.
    jdbc.update("""
        insert into meeting_event (meeting_id, stage, action, actor_user_id, comment, occurred_at)
        select m.id, e.stage, e.action, 'zhouping', '基准', m.planned_start + e.offset_days * interval '1 day'
        from meeting m cross join (values ('lifecycle', 'STARTED', -30), ('materials', 'OPENED', -10),
            ('archive', 'ARCHIVED', 20)) e(stage, action, offset_days)
        where m.id > ?""", lastBefore);
    int mine = jdbc.queryForObject("select count(*) from meeting_participant where person_user_id = 'wangli'",
        Integer.class);
    if (mine < MY_MEETINGS) {
      jdbc.update("""
          insert into meeting_participant (meeting_id, person_user_id)
          select id, 'wangli' from meeting
           where meeting_year = ? and title like '页面基准会议%' and not confidential
             and id not in (select meeting_id from meeting_participant where person_user_id = 'wangli')
           order by id limit ?""", thisYear + 1, MY_MEETINGS - mine);
    }
  }
}
