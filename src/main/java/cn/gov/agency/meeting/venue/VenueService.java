package cn.gov.agency.meeting.venue;

import static cn.gov.agency.meeting.venue.VenueVariables.REQUIRED_EQUIPMENT;
import static cn.gov.agency.meeting.venue.VenueVariables.ROOM_CODE;
import static cn.gov.agency.meeting.venue.VenueVariables.WORKING_EQUIPMENT;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingSchedule;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.validation.Fields;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import cn.gov.agency.meeting.validation.Violations;
import cn.gov.agency.meeting.venue.RoomWeek.RoomRow;
import cn.gov.agency.meeting.venue.RoomWeek.Slot;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The venue of a meeting (R3.5): the office books a room that holds every participant and has the
 * equipment the meeting needs, never one already booked for an overlapping time; the booked room
 * becomes the meeting's place. Before the meeting the office checks the equipment and names the
 * person who looks after it during the meeting. Every step goes to the meeting's trail.
 */
@Service
public class VenueService {

  public static final String STAGE = "venue";
  static final String BOOKING = "会议场地预订";
  static final String EQUIPMENT_CHECK = "会前设备检查";
  static final String APPROVAL = "会议室预订审批";
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");

  private final RoomRepository rooms;
  private final VenueArrangementRepository arrangements;
  private final Meetings meetings;
  private final MeetingEvents events;
  private final MeetingAccess access;
  private final RoomCatalogue catalogue;
  private final VenueSettings settings;
  private final Clock clock;
  private final MeetingSchedule schedule;

  VenueService(RoomRepository rooms, VenueArrangementRepository arrangements, Meetings meetings,
      MeetingEvents events, MeetingAccess access, RoomCatalogue catalogue, VenueSettings settings, Clock clock,
      MeetingSchedule schedule) {
    this.rooms = rooms;
    this.arrangements = arrangements;
    this.meetings = meetings;
    this.events = events;
    this.access = access;
    this.catalogue = catalogue;
    this.settings = settings;
    this.clock = clock;
    this.schedule = schedule;
  }

  public List<Room> rooms() {
    return rooms.all();
  }

  /**
   * Active rooms in service and free over [start, end) holding {@code minCapacity} with all the
   * equipment, best fit first: the smallest that fits, then the one with the fewest extra devices.
   */
  public List<Room> freeRooms(LocalDateTime start, LocalDateTime end, int minCapacity, List<String> equipment) {
    checkPeriod(start, end);
    return freeRooms(start, end, minCapacity, equipment, null);
  }

  /** Whether the page about this meeting may name it: a confidential one (R5.2) only for those entitled. */
  public boolean mayReadContent(long meetingId, CurrentUser viewer) {
    return access.mayReadContent(viewer, meeting(meetingId));
  }

  /** The rooms this meeting could move to or be booked in; its own booking does not count as busy. */
  public MeetingRooms freeRoomsFor(long meetingId, List<String> equipment) {
    MeetingRecord meeting = meeting(meetingId);
    scheduled(meeting);
    int headCount = meeting.participantCount();
    return new MeetingRooms(meeting, headCount, equipment,
        freeRooms(meeting.plannedStart(), meeting.plannedEnd(), headCount, equipment, meetingId),
        rooms.activeBookingOf(meetingId));
  }

  /**
   * Books the room for the meeting's time. The room's row stays locked until the transaction
   * ends, so two bookings of one room never check at the same time; on PostgreSQL an exclusion
   * constraint refuses an overlap even from code that skips this method. A meeting booked again
   * gives up its earlier room.
   */
  @Transactional
  public RoomBooking book(long meetingId, BookingInput input, String actor) {
    MeetingRecord meeting = meeting(meetingId);
    scheduled(meeting);
    Room room = rooms.lock(input.roomCode()).filter(Room::active).orElseThrow(() -> InvalidInputException.of(
        BOOKING, new Violation(ROOM_CODE, "会议室编号", "known-room",
            "不是在用的会议室编号：" + Fields.abbreviate(input.roomCode()) + "（见本会议的空闲会议室页面）")));
    Violations violations = new Violations(BOOKING);
    room.outOfServiceDuring(meeting.plannedStart(), meeting.plannedEnd()).ifPresent(period -> violations.add(
        ROOM_CODE, "会议室编号", "in-service", "会议室 " + room.code() + " 在 " + period.label() + " 停用，请另选会议室"));
    if (room.capacity() < meeting.participantCount()) {
      violations.add(ROOM_CODE, "会议室编号", "capacity", "会议室 " + room.code() + " 最多容纳 " + room.capacity()
          + " 人，本次会议有 " + meeting.participantCount() + " 人参会");
    }
    List<String> missing = room.missing(input.requiredEquipment());
    if (!missing.isEmpty()) {
      violations.add(REQUIRED_EQUIPMENT, "所需设备", "room-has-equipment",
          "会议室 " + room.code() + " 没有：" + catalogue.names(missing));
    }
    violations.throwIfAny();
    clash(room.code(), meeting.plannedStart(), meeting.plannedEnd(), meetingId).ifPresent(clash -> {
      throw new RoomConflictException(room.code(), period(clash.startsAt(), clash.endsAt()) + " " + clash.meetingTitle());
    });
    LocalDateTime now = LocalDateTime.now(clock);
    if (rooms.cancelBookingsOf(meetingId, actor, now) > 0) {
      events.record(meetingId, STAGE, "booking-replaced", actor, "原预订的会议室已退订");
    }
    // A room needing approval is held provisionally: it blocks others, but is not yet the meeting's place.
    boolean provisional = room.approvalRequired();
    long bookingId = rooms.insertBooking(room.id(), room.code(), meetingId, meeting.plannedStart(),
        meeting.plannedEnd(), actor, now, provisional);
    arrangements.saveBooking(meetingId, bookingId, input.requiredEquipment(), input.setupNotes(), actor, now);
    if (!provisional) {
      schedule.placeAt(meetingId, room.name());
    }
    events.record(meetingId, STAGE, provisional ? "room-booked-provisionally" : "room-booked", actor,
        room.code() + " " + room.name() + "，" + period(meeting.plannedStart(), meeting.plannedEnd())
            + "，所需设备：" + equipmentNames(input.requiredEquipment()));
    return rooms.activeBookingOf(meetingId).orElseThrow();
  }

  /** The room the meeting holds now (provisionally or confirmed), if any. */
  public Optional<RoomBooking> bookingOf(long meetingId) {
    return rooms.activeBookingOf(meetingId);
  }

  /** A room of rooms.yaml still in use (one removed from the file is kept, inactive). */
  public Optional<Room> activeRoom(String code) {
    return rooms.find(code).filter(Room::active);
  }

  /**
   * The booking that keeps {@code meetingId} out of the room over [start, end), if any: the one
   * rule that a room is never booked twice at once (R3.5), for whoever must know before booking or
   * moving (a series, a move) what {@link #book} would refuse.
   */
  public Optional<RoomBooking> clash(String roomCode, LocalDateTime start, LocalDateTime end, long meetingId) {
    return rooms.overlapping(roomCode, start, end, meetingId).stream().findFirst();
  }

  /**
   * A moved meeting keeps its room: booked again at the meeting's new times with the equipment and
   * set-up it had. Nothing when it held none.
   */
  @Transactional
  public Optional<RoomBooking> moveBooking(long meetingId, String actor) {
    return bookingOf(meetingId).map(held -> {
      VenueArrangement arrangement = arrangement(meetingId);
      return book(meetingId, new BookingInput(held.roomCode(), arrangement.requiredEquipment(),
          arrangement.setupNotes()), actor);
    });
  }

  /** A cancelled meeting gives its room back: the slot is free for others again. */
  @Transactional
  public void release(long meetingId, String actor) {
    if (rooms.cancelBookingsOf(meetingId, actor, LocalDateTime.now(clock)) > 0) {
      events.record(meetingId, STAGE, "booking-released", actor, "会议取消，会议室已退订");
    }
  }

  /** The office approves the provisional booking: the room becomes the meeting's place. */
  @Transactional
  public RoomBooking approveBooking(long meetingId, String actor) {
    RoomBooking booking = provisionalBooking(meetingId);
    rooms.approveProvisionalBookingOf(meetingId, actor, LocalDateTime.now(clock));
    schedule.placeAt(meetingId, booking.roomName());
    events.record(meetingId, STAGE, "room-booking-approved", actor, booking.roomCode() + " " + booking.roomName());
    return rooms.activeBookingOf(meetingId).orElseThrow();
  }

  /** The office refuses the provisional booking: the room is free again and the meeting must book anew. */
  @Transactional
  public void refuseBooking(long meetingId, String reason, String actor) {
    RoomBooking booking = provisionalBooking(meetingId);
    rooms.cancelBookingsOf(meetingId, actor, LocalDateTime.now(clock));
    events.record(meetingId, STAGE, "room-booking-refused", actor,
        booking.roomCode() + " " + booking.roomName() + "：" + reason);
  }

  private RoomBooking provisionalBooking(long meetingId) {
    return rooms.activeBookingOf(meetingId).filter(RoomBooking::provisional).orElseThrow(() -> InvalidInputException.of(
        APPROVAL, new Violation(VenueVariables.ROOM_APPROVAL, "审批结果", "provisional-booking",
            "本会议没有待审批的会议室预订")));
  }

  /** 会前设备检查: every device the meeting needs works, and someone answers for it during the meeting. */
  @Transactional
  public VenueArrangement recordEquipmentCheck(long meetingId, EquipmentCheckInput input, String actor) {
    VenueArrangement arrangement = arrangement(meetingId);
    List<String> unchecked = arrangement.requiredEquipment().stream()
        .filter(code -> !input.workingEquipment().contains(code)).toList();
    if (!unchecked.isEmpty()) {
      throw InvalidInputException.of(EQUIPMENT_CHECK, new Violation(WORKING_EQUIPMENT, "设备检查", "all-required-working",
          "以下所需设备尚未确认运行正常：" + catalogue.names(unchecked) + "（有故障请先排除）"));
    }
    LocalDateTime now = LocalDateTime.now(clock);
    arrangements.saveEquipmentCheck(meetingId, input.responsibleUserId(), input.remarks(), actor, now);
    events.record(meetingId, STAGE, "equipment-checked", actor, "会中设备保障责任人：" + input.responsibleUserId());
    return arrangement(meetingId);
  }

  /** "2030-03-04 09:00—11:30，参会 5 人" for the booking form. */
  public String bookingSummary(long meetingId) {
    MeetingRecord meeting = meeting(meetingId);
    String time = meeting.plannedStart() == null || meeting.plannedEnd() == null ? "时间未定"
        : period(meeting.plannedStart(), meeting.plannedEnd());
    return time + "，参会 " + meeting.participantCount() + " 人";
  }

  public VenueArrangement arrangement(long meetingId) {
    return arrangements.find(meetingId).orElseThrow(() -> new NoSuchRecordException("venue of meeting " + meetingId));
  }

  public String equipmentNames(List<String> codes) {
    return codes.isEmpty() ? "无特殊要求" : catalogue.names(codes);
  }

  /** Active bookings touching the days [from, to], both included. */
  public List<RoomBooking> bookings(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw InvalidInputException.of("预订查询", new Violation("to", "结束日期", "after-start", "不能早于开始日期"));
    }
    if (ChronoUnit.DAYS.between(from, to) >= settings.maxQueryDays()) {
      throw InvalidInputException.of("预订查询", new Violation("to", "结束日期", "max-span",
          "一次最多查询 " + settings.maxQueryDays() + " 天"));
    }
    return rooms.bookingsBetween(from.atStartOfDay(), to.plusDays(1).atStartOfDay());
  }

  /** The bookings as {@code viewer} may see them (MeetingAccess): an outsider's is 占用 (R5.2). */
  public List<RoomBooking> visibleTo(List<RoomBooking> bookings, CurrentUser viewer) {
    return bookings.stream()
        .map(b -> b.confidential() && access.isOutsider(viewer, meeting(b.meetingId())) ? b.busy() : b)
        .toList();
  }

  /**
   * The week (Monday to Sunday) containing {@code day}: active rooms and any other room booked
   * that week, as {@code viewer} may see them.
   */
  public RoomWeek week(LocalDate day, CurrentUser viewer) {
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<LocalDate> days = monday.datesUntil(monday.plusDays(7)).toList();
    List<RoomBooking> bookings = visibleTo(
        rooms.bookingsBetween(monday.atStartOfDay(), monday.plusDays(7).atStartOfDay()), viewer);
    Set<String> booked = bookings.stream().map(RoomBooking::roomCode).collect(Collectors.toSet());
    List<RoomRow> rows = new ArrayList<>();
    for (Room room : rooms.all()) {
      if (!room.active() && !booked.contains(room.code())) {
        continue;
      }
      List<List<Slot>> perDay = new ArrayList<>();
      for (LocalDate date : days) {
        LocalDateTime from = date.atStartOfDay();
        LocalDateTime to = date.plusDays(1).atStartOfDay();
        perDay.add(bookings.stream()
            .filter(b -> b.roomCode().equals(room.code()) && b.overlaps(from, to))
            .sorted(Comparator.comparing(RoomBooking::startsAt))
            .map(b -> new Slot(timeWithin(b, date), b.meetingId(), b.meetingTitle(), b.provisional()))
            .toList());
      }
      rows.add(new RoomRow(room, perDay));
    }
    return new RoomWeek(monday, days, rows);
  }

  private List<Room> freeRooms(LocalDateTime start, LocalDateTime end, int minCapacity, List<String> equipment,
      Long exceptMeetingId) {
    Set<String> busy = rooms.busyRoomCodes(start, end, exceptMeetingId);
    return bestFit(rooms.all().stream()
        .filter(Room::active)
        .filter(room -> room.outOfServiceDuring(start, end).isEmpty())
        .filter(room -> !busy.contains(room.code()))
        .toList(), minCapacity, equipment);
  }

  /** Rooms holding {@code minCapacity} with all the equipment: smallest first, then fewest extra devices. */
  static List<Room> bestFit(List<Room> candidates, int minCapacity, List<String> equipment) {
    return candidates.stream()
        .filter(room -> room.capacity() >= minCapacity)
        .filter(room -> room.hasAll(equipment))
        .sorted(Comparator.comparingInt(Room::capacity)
            .thenComparingInt((Room room) -> room.extraEquipment(equipment))
            .thenComparing(Room::code))
        .toList();
  }

  private MeetingRecord meeting(long meetingId) {
    return meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("meeting " + meetingId));
  }

  private static void scheduled(MeetingRecord meeting) {
    if (meeting.plannedStart() == null || meeting.plannedEnd() == null) {
      throw InvalidInputException.of(BOOKING, new Violation("meetingStart", "会议时间", "scheduled",
          "会议尚未确定开始和结束时间，无法预订会议室"));
    }
  }

  private static void checkPeriod(LocalDateTime start, LocalDateTime end) {
    if (!end.isAfter(start)) {
      throw InvalidInputException.of("空闲会议室查询", new Violation("end", "结束时间", "after-start", "必须晚于开始时间"));
    }
  }

  private static String period(LocalDateTime start, LocalDateTime end) {
    return DAY_TIME.format(start) + "—" + (start.toLocalDate().equals(end.toLocalDate())
        ? TIME.format(end) : DAY_TIME.format(end));
  }

  /** "09:00—11:30"; a booking running over midnight names the other day: "09:00—3月5日 12:00". */
  private static String timeWithin(RoomBooking booking, LocalDate date) {
    return stamp(booking.startsAt(), date) + "—" + stamp(booking.endsAt(), date);
  }

  private static String stamp(LocalDateTime time, LocalDate date) {
    return time.toLocalDate().equals(date) ? TIME.format(time) : DAY.format(time) + " " + TIME.format(time);
  }
}
