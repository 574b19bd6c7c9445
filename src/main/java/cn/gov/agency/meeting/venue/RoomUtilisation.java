package cn.gov.agency.meeting.venue;

import cn.gov.agency.meeting.calendar.WorkingCalendar;
import cn.gov.agency.meeting.calendar.WorkingCalendarService;
import cn.gov.agency.meeting.venue.VenueSettings.OfficeHours;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * 会议室使用率: per room and month, the hours booked over the hours available. Only office hours
 * (meeting.venue.office-hours) of working days (the working-day calendar, make-up days included)
 * count on both sides, so a rate never exceeds 100 % and a weekend meeting does not inflate it.
 */
@Service
public class RoomUtilisation {

  private final RoomRepository rooms;
  private final WorkingCalendarService calendar;
  private final VenueSettings settings;

  public RoomUtilisation(RoomRepository rooms, WorkingCalendarService calendar, VenueSettings settings) {
    this.rooms = rooms;
    this.calendar = calendar;
    this.settings = settings;
  }

  /** Every active room, and any other booked that month, smallest first. */
  public UtilisationMonth of(YearMonth month) {
    LocalDateTime from = month.atDay(1).atStartOfDay();
    LocalDateTime to = month.plusMonths(1).atDay(1).atStartOfDay();
    List<RoomBooking> bookings = rooms.bookingsOfMeetingsNotCancelled(from, to);
    Set<String> booked = bookings.stream().map(RoomBooking::roomCode).collect(Collectors.toSet());
    WorkingCalendar workingCalendar = calendar.current();
    List<LocalDate> workingDays = month.atDay(1).datesUntil(month.plusMonths(1).atDay(1))
        .filter(workingCalendar::isWorkingDay).toList();
    List<RoomUsage> usage = rooms.all().stream()
        .filter(room -> room.active() || booked.contains(room.code()))
        .map(room -> usage(room, bookings.stream().filter(b -> b.roomCode().equals(room.code())).toList(),
            workingDays, settings.officeHours()))
        .toList();
    return new UtilisationMonth(month, workingDays.size(), settings.officeHours(), usage);
  }

  /** The room's bookings do not overlap each other (R3.5), nor do its out-of-service periods. */
  static RoomUsage usage(Room room, List<RoomBooking> bookings, List<LocalDate> workingDays, OfficeHours hours) {
    long booked = 0;
    long available = 0;
    for (LocalDate day : workingDays) {
      LocalDateTime open = day.atTime(hours.start());
      LocalDateTime close = day.atTime(hours.end());
      long outOfService = room.outOfService().stream()
          .mapToLong(period -> overlapMinutes(period.from(), period.to(), open, close)).sum();
      available += hours.perDay().toMinutes() - outOfService;
      booked += bookings.stream().mapToLong(b -> overlapMinutes(b.startsAt(), b.endsAt(), open, close)).sum();
    }
    return new RoomUsage(room, booked, available);
  }

  private static long overlapMinutes(LocalDateTime start, LocalDateTime end, LocalDateTime from, LocalDateTime to) {
    LocalDateTime later = start.isAfter(from) ? start : from;
    LocalDateTime earlier = end.isBefore(to) ? end : to;
    return earlier.isAfter(later) ? Duration.between(later, earlier).toMinutes() : 0;
  }

  public record UtilisationMonth(YearMonth month, int workingDays, OfficeHours officeHours, List<RoomUsage> rooms) {}
}
