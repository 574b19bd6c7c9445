package cn.gov.agency.meeting.venue;

import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import cn.gov.agency.meeting.validation.Violations;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The office's room pages (issue #11): free-room search, the meeting calendar (any logged-in user;
 * confidential meetings shown as busy to those not entitled) and room utilisation (the office,
 * leadership and auditors: it is management information).
 */
@Controller
class RoomsPagesController {

  private static final List<String> UTILISATION_READERS = List.of("office", "leadership", "auditor", "camunda-admin");

  private final VenueService venue;
  private final VenueForms forms;
  private final RoomCatalogue catalogue;
  private final MeetingCalendar calendar;
  private final RoomUtilisation utilisation;
  private final Clock clock;

  RoomsPagesController(VenueService venue, VenueForms forms, RoomCatalogue catalogue, MeetingCalendar calendar,
      RoomUtilisation utilisation, Clock clock) {
    this.venue = venue;
    this.forms = forms;
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.utilisation = utilisation;
    this.clock = clock;
  }

  /** 空闲会议室查询: the form, and with a date the answer best fit first. */
  @GetMapping("/app/rooms/free")
  String free(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date,
      @RequestParam(required = false) @DateTimeFormat(pattern = "H:mm") LocalTime from,
      @RequestParam(required = false) @DateTimeFormat(pattern = "H:mm") LocalTime to,
      @RequestParam(defaultValue = "1") int capacity, @RequestParam(required = false) List<String> equipment,
      Model model) {
    Violations violations = new Violations("空闲会议室查询");
    if (capacity < 1) {
      violations.add("capacity", "人数", "min", "至少为 1");
    }
    List<String> codes = forms.equipment(equipment, "equipment", "设备", violations);
    violations.throwIfAny();
    model.addAttribute("equipmentTypes", catalogue.equipmentTypes());
    model.addAttribute("catalogue", catalogue);
    model.addAttribute("date", date == null ? LocalDate.now(clock) : date);
    model.addAttribute("from", from == null ? LocalTime.of(9, 0) : from);
    model.addAttribute("to", to == null ? LocalTime.of(11, 0) : to);
    model.addAttribute("capacity", capacity);
    model.addAttribute("equipment", codes);
    if (date != null && from != null && to != null) {
      model.addAttribute("rooms", venue.freeRooms(date.atTime(from), date.atTime(to), capacity, codes));
    }
    return "venue/free-rooms";
  }

  @GetMapping("/api/meetings/calendar")
  @ResponseBody
  List<CalendarEntry> calendarApi(@RequestParam(required = false) String week,
      @RequestParam(required = false) String month, CurrentUser user) {
    return calendar.entries(CalendarPeriod.parse(week, month, LocalDate.now(clock)), user);
  }

  @GetMapping("/app/meetings/calendar")
  String calendarPage(@RequestParam(required = false) String week, @RequestParam(required = false) String month,
      CurrentUser user, Model model) {
    CalendarPeriod period = CalendarPeriod.parse(week, month, LocalDate.now(clock));
    model.addAttribute("period", period);
    model.addAttribute("entries", calendar.entries(period, user));
    return "venue/meeting-calendar";
  }

  @GetMapping("/api/rooms/utilisation")
  @ResponseBody
  RoomUtilisation.UtilisationMonth utilisationApi(@RequestParam(required = false) String month, CurrentUser user) {
    return utilisation.of(month(month, user));
  }

  @GetMapping("/app/rooms/utilisation")
  String utilisationPage(@RequestParam(required = false) String month, CurrentUser user, Model model) {
    YearMonth yearMonth = month(month, user);
    model.addAttribute("usage", utilisation.of(yearMonth));
    model.addAttribute("previous", yearMonth.minusMonths(1));
    model.addAttribute("next", yearMonth.plusMonths(1));
    return "venue/utilisation";
  }

  /** UTF-8 with a byte order mark, or Excel shows the Chinese garbled. */
  @GetMapping("/app/rooms/utilisation.csv")
  ResponseEntity<byte[]> utilisationCsv(@RequestParam(required = false) String month, CurrentUser user) {
    YearMonth yearMonth = month(month, user);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("会议室使用率-" + yearMonth + ".csv", StandardCharsets.UTF_8).build().toString())
        .body(UtilisationCsv.of(utilisation.of(yearMonth)));
  }

  private YearMonth month(String month, CurrentUser user) {
    if (UTILISATION_READERS.stream().noneMatch(user::isIn)) {
      throw new AuthorizationException("room utilisation is for the office, leadership and auditors");
    }
    if (month == null || month.isBlank()) {
      return YearMonth.now(clock);
    }
    try {
      return YearMonth.parse(month.trim());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of("会议室使用率", new Violation("month", "月份", "format", "格式为 yyyy-MM，如 2030-03"));
    }
  }
}
