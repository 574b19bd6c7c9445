package cn.gov.agency.meeting.venue;

import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.validation.Violations;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Rooms, free rooms and the room calendar (R3.5). Any logged-in user may read them (a confidential
 * meeting's title only if entitled, R5.2); only the office books, through its 预订会议场地 task.
 */
@Controller
class VenueController {

  private final VenueService venue;
  private final VenueForms forms;
  private final RoomCatalogue catalogue;
  private final Clock clock;

  VenueController(VenueService venue, VenueForms forms, RoomCatalogue catalogue, Clock clock) {
    this.venue = venue;
    this.forms = forms;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  @GetMapping("/api/rooms")
  @ResponseBody
  List<Room> rooms() {
    return venue.rooms();
  }

  /** {@code equipment} repeats or is comma-separated: {@code equipment=projector,microphones}. */
  @GetMapping("/api/rooms/free")
  @ResponseBody
  List<Room> free(@RequestParam @DateTimeFormat(iso = ISO.DATE_TIME) LocalDateTime start,
      @RequestParam @DateTimeFormat(iso = ISO.DATE_TIME) LocalDateTime end,
      @RequestParam(defaultValue = "1") int capacity, @RequestParam(required = false) List<String> equipment) {
    Violations violations = new Violations("空闲会议室查询");
    if (capacity < 1) {
      violations.add("capacity", "人数", "min", "至少为 1");
    }
    List<String> codes = forms.equipment(equipment, "equipment", "设备", violations);
    violations.throwIfAny();
    return venue.freeRooms(start, end, capacity, codes);
  }

  @GetMapping("/api/rooms/bookings")
  @ResponseBody
  List<RoomBooking> bookings(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to, CurrentUser user) {
    return venue.visibleTo(venue.bookings(from, to), user);
  }

  @GetMapping("/app/meetings/{meetingId}/rooms")
  String meetingRooms(@PathVariable long meetingId, @RequestParam(required = false) List<String> equipment,
      CurrentUser user, Model model) {
    Violations violations = new Violations("空闲会议室查询");
    List<String> codes = forms.equipment(equipment, "equipment", "设备", violations);
    violations.throwIfAny();
    if (!venue.mayReadContent(meetingId, user)) {
      throw new AuthorizationException("meeting " + meetingId + " is confidential and not for " + user.userId());
    }
    MeetingRooms rooms = venue.freeRoomsFor(meetingId, codes);
    model.addAttribute("rooms", rooms);
    model.addAttribute("equipmentTypes", catalogue.equipmentTypes());
    model.addAttribute("catalogue", catalogue);
    return "venue/meeting-rooms";
  }

  @GetMapping("/app/rooms/calendar")
  String calendar(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate week, CurrentUser user,
      Model model) {
    RoomWeek roomWeek = venue.week(week == null ? LocalDate.now(clock) : week, user);
    model.addAttribute("week", roomWeek);
    model.addAttribute("catalogue", catalogue);
    return "venue/calendar";
  }
}
