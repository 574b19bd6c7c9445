package cn.gov.agency.meeting.calendar;

import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.agency.meeting.web.PageNavigation;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The endpoints with the real calendar file from {@code processes/}. The application's login (Spring
 * Security's filters), MVC configuration and the pages' navigation are left out: they need the process
 * engine or the organisation and are not what is tested here.
 */
@AutoConfigureMockMvc(addFilters = false)
@WebMvcTest(controllers = CalendarController.class,
    excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
        classes = {Filter.class, WebMvcConfigurer.class, PageNavigation.class}))
@Import(WorkingCalendarService.class)
class CalendarControllerTest {

  private static final String DAYS_RULE = "参数 days 必须是 0 到 366 之间的整数";
  private static final String DATE_RULE = "参数 date 必须是 yyyy-MM-dd 格式的日期，例如 2026-02-14";

  @Autowired
  private MockMvc mvc;

  @Test
  void aMakeUpSaturdayIsAWorkingDay() throws Exception {
    mvc.perform(get("/api/calendar/working-day").param("date", "2026-02-14"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.date").value("2026-02-14"))
        .andExpect(jsonPath("$.workingDay").value(true))
        .andExpect(jsonPath("$.uncoveredYears").isEmpty())
        .andExpect(jsonPath("$.warning").doesNotExist());
    mvc.perform(get("/api/calendar/working-day").param("date", "2026-10-01"))
        .andExpect(jsonPath("$.workingDay").value(false));
  }

  @Test
  void countsWorkingDaysBeforeAndAfter() throws Exception {
    mvc.perform(get("/api/calendar/working-days-before").param("date", "2026-02-24").param("days", "3"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.from").value("2026-02-24"))
        .andExpect(jsonPath("$.days").value(3))
        .andExpect(jsonPath("$.date").value("2026-02-12"))
        .andExpect(jsonPath("$.uncoveredYears").isEmpty())
        .andExpect(jsonPath("$.warning").doesNotExist());
    mvc.perform(get("/api/calendar/working-days-after").param("date", "2026-09-30").param("days", "1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.date").value("2026-10-08"));
  }

  @Test
  void warnsAboutAYearTheCalendarDoesNotCover() throws Exception {
    mvc.perform(get("/api/calendar/working-days-before").param("date", "2031-06-12").param("days", "3"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.date").value("2031-06-09"))
        .andExpect(jsonPath("$.uncoveredYears[0]").value(2031))
        .andExpect(jsonPath("$.warning").value(startsWith("2031年节假日安排尚未录入工作日历，仅按周末计算")));
    mvc.perform(get("/api/calendar/working-day").param("date", "2031-06-14"))
        .andExpect(jsonPath("$.workingDay").value(false))
        .andExpect(jsonPath("$.warning").value(startsWith("2031年")));
  }

  @Test
  void reportsCoveredYears() throws Exception {
    mvc.perform(get("/api/calendar/coverage"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.coveredYears", hasItems(2025, 2026)));
  }

  @Test
  void daysOutOfRangeOrNotANumberIsABadRequest() throws Exception {
    for (String days : new String[] {"-1", "367", "abc", "1.5"}) {
      expectProblem(get("/api/calendar/working-days-after").param("date", "2026-02-14").param("days", days),
          "days", DAYS_RULE);
    }
  }

  @Test
  void anUnparseableDateIsABadRequest() throws Exception {
    for (String date : new String[] {"2026-13-01", "2026/02/14", "2026-02-30"}) {
      expectProblem(get("/api/calendar/working-days-before").param("date", date).param("days", "3"),
          "date", DATE_RULE);
    }
    expectProblem(get("/api/calendar/working-day").param("date", "tomorrow"), "date", DATE_RULE);
  }

  @Test
  void aMissingParameterIsABadRequest() throws Exception {
    expectProblem(get("/api/calendar/working-days-before").param("date", "2026-02-14"),
        "days", "缺少参数 days。" + DAYS_RULE);
    expectProblem(get("/api/calendar/working-days-before").param("date", "2026-02-14").param("days", ""),
        "days", DAYS_RULE);
    expectProblem(get("/api/calendar/working-day"), "date", "缺少参数 date。" + DATE_RULE);
  }

  private void expectProblem(RequestBuilder request, String parameter, String detail) throws Exception {
    mvc.perform(request)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.detail").value(detail))
        .andExpect(jsonPath("$.violations[0].field").value(parameter));
  }
}
