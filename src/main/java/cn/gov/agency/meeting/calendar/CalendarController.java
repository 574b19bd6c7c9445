package cn.gov.agency.meeting.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Working-day questions for pages and other services. Bad parameters are answered here, not by the
 * application's global handlers, because the answer names the rule the parameter breaks.
 */
@RestController
@RequestMapping("/api/calendar")
public class CalendarController {

  static final int MAX_DAYS = 366;

  private static final Map<String, String> PARAMETER_RULES = Map.of(
      "date", "参数 date 必须是 yyyy-MM-dd 格式的日期，例如 2026-02-14",
      "days", "参数 days 必须是 0 到 " + MAX_DAYS + " 之间的整数");

  private final WorkingCalendarService calendarService;

  public CalendarController(WorkingCalendarService calendarService) {
    this.calendarService = calendarService;
  }

  public record WorkingDayResponse(
      LocalDate date, boolean workingDay, List<Integer> uncoveredYears, String warning) {
  }

  public record LeadTimeResponse(
      LocalDate from, int days, LocalDate date, List<Integer> uncoveredYears, String warning) {
  }

  public record CoverageResponse(List<Integer> coveredYears) {
  }

  public record CalendarQuestion(String path, String answers) {
  }

  public record CalendarIndex(List<CalendarQuestion> questions, String description) {
  }

  /**
   * What the calendar answers: its root was a 404 that left integrators guessing the routes below
   * it. The full description (parameters, answers) is in /api/openapi.
   */
  @GetMapping
  public CalendarIndex index() {
    return new CalendarIndex(List.of(
        new CalendarQuestion("/api/calendar/working-day?date=2026-10-08", "这一天是否工作日（含调休）"),
        new CalendarQuestion("/api/calendar/working-days-before?date=2026-10-08&days=3", "某日之前第 days 个工作日"),
        new CalendarQuestion("/api/calendar/working-days-after?date=2026-10-08&days=3", "某日之后第 days 个工作日"),
        new CalendarQuestion("/api/calendar/coverage", "工作日历已覆盖（已配置节假日）的年份")),
        "/api/openapi");
  }

  @GetMapping("/working-day")
  public WorkingDayResponse workingDay(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    WorkingCalendar calendar = calendarService.current();
    CalendarAnswer answer = CalendarAnswer.of(date, calendar.uncoveredYears(date, date));
    return new WorkingDayResponse(date, calendar.isWorkingDay(date), answer.uncoveredYears(), answer.warning());
  }

  @GetMapping("/working-days-before")
  public LeadTimeResponse workingDaysBefore(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @RequestParam int days) {
    return leadTime(date, days, calendarService.workingDaysBefore(date, checkDays(days)));
  }

  @GetMapping("/working-days-after")
  public LeadTimeResponse workingDaysAfter(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @RequestParam int days) {
    return leadTime(date, days, calendarService.workingDaysAfter(date, checkDays(days)));
  }

  @GetMapping("/coverage")
  public CoverageResponse coverage() {
    return new CoverageResponse(calendarService.coveredYears());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missingParameter(MissingServletRequestParameterException e) {
    return badParameter(e.getParameterName(), "required", "缺少参数 " + e.getParameterName() + "。");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail malformedParameter(MethodArgumentTypeMismatchException e) {
    return badParameter(e.getName(), "type", "");
  }

  @ExceptionHandler(DaysOutOfRangeException.class)
  ProblemDetail daysOutOfRange() {
    return badParameter("days", "range", "");
  }

  private static int checkDays(int days) {
    if (days < 0 || days > MAX_DAYS) {
      throw new DaysOutOfRangeException();
    }
    return days;
  }

  private static LeadTimeResponse leadTime(LocalDate from, int days, CalendarAnswer answer) {
    return new LeadTimeResponse(from, days, answer.date(), answer.uncoveredYears(), answer.warning());
  }

  /** Shaped like the application's other 400 answers: a detail plus one violation naming the field. */
  private static ProblemDetail badParameter(String parameter, String rule, String prefix) {
    String message = prefix + PARAMETER_RULES.getOrDefault(parameter, "参数 " + parameter + " 无效");
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
    problem.setTitle("输入有误");
    problem.setProperty("violations", List.of(Map.of("field", parameter, "rule", rule, "message", message)));
    return problem;
  }

  private static final class DaysOutOfRangeException extends RuntimeException {
  }
}
