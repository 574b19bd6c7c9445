package cn.gov.agency.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.support.Pages;
import cn.gov.agency.meeting.support.ProcessTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/**
 * The navigation on every page offers each role what it may open and nothing it may not: every
 * link it shows opens (200) for that person, and the pages it leaves out would refuse them.
 */
@ProcessTest
class PageNavigationTest {

  private static final Pattern NAV = Pattern.compile("<nav class=\"site\"[^>]*>(.*?)</nav>", Pattern.DOTALL);
  private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]+)\"[^>]*>([^<]+)</a>");

  @Autowired WebApplicationContext context;

  @Test
  void everyRoleSeesWhatItMayOpenAndEveryLinkOpens() {
    Pages pages = new Pages(context);
    for (String user : List.of("wangli", "qianjun", "zhouping", "zhengyan", "shenyu", "admin", "hanmei")) {
      List<String> links = navLinks(pages.get("/app/my", user).body());
      assertThat(links).as(user).contains("/app/my", "/app/my/notices", "/app/my/sign-in-codes", "/app/meetings",
          "/app/meetings/calendar", "/app/rooms/calendar", "/app/rooms/free", "/camunda/app/tasklist/");
      for (String href : links.stream().filter(h -> h.startsWith("/app/")).toList()) {
        assertThat(pages.get(href, user).status()).as(user + " opens " + href + " from the navigation").isEqualTo(200);
      }
    }
    assertThat(navLinks(pages.get("/app/my", "shenyu").body())).contains("/app/audit", "/app/rooms/utilisation",
        "/app/passing-on");
    assertThat(navLinks(pages.get("/app/my", "zhouping").body())).contains("/app/audit");
    List<String> clerk = navLinks(pages.get("/app/my", "wangli").body());
    assertThat(clerk).contains("/app/adhoc-applications").doesNotContain("/app/audit", "/app/rooms/utilisation",
        "/app/passing-on");
    // what the clerk is not offered, the pages refuse her
    for (String refused : List.of("/app/audit", "/app/rooms/utilisation", "/app/passing-on")) {
      assertThat(pages.get(refused, "wangli").status()).as(refused).isEqualTo(403);
    }
    assertThat(navLinks(pages.get("/app/my", "shenyu").body())).doesNotContain("/app/adhoc-applications");
  }

  @Test
  void theHeaderNamesWhoIsLoggedInWithALeadersUnitAsTheLeadershipAndOffersLogout() {
    Pages pages = new Pages(context);
    String leader = pages.get("/app/my", "qianjun").body();
    assertThat(leader).contains("钱军（局领导 · 副局长）").doesNotContain("钱军（办公室");
    String clerk = pages.get("/app/meetings", "wangli").body();
    assertThat(clerk).contains("王丽（政策法规处").contains("action=\"/app/logout\"").contains("退出登录");
    assertThat(clerk).contains("aria-current=\"page\">年度会议</a>");
  }

  @Test
  void theTwoMyMeetingPagesHaveDistinctTitles() {
    Pages pages = new Pages(context);
    assertThat(pages.get("/app/my", "wangli").body()).contains("<title>我的会议 · ");
    assertThat(pages.get("/app/my/meetings", "wangli").body()).contains("<title>请假与代会 · ");
  }

  private static List<String> navLinks(String page) {
    Matcher nav = NAV.matcher(page);
    assertThat(nav.find()).as("a navigation on the page").isTrue();
    return LINK.matcher(nav.group(1)).results().map(m -> m.group(1)).toList();
  }
}
