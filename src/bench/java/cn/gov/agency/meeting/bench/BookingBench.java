package cn.gov.agency.meeting.bench;

import cn.gov.agency.meeting.meeting.MeetingRepository;
import cn.gov.agency.meeting.meeting.NewMeeting;
import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.venue.BookingInput;
import cn.gov.agency.meeting.venue.RoomConflictException;
import cn.gov.agency.meeting.venue.VenueService;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Part 4 and 5: booking a room (VenueService.book: lock, conflict check, insert) and searching free
 * rooms with growing numbers of existing bookings, 5,000 people in the organisation.
 */
final class BookingBench {

  private static final int[] FULL_BOOKINGS = {6_250, 25_000, 100_000};
  private static final int ROOMS = 200;
  private static final LocalDateTime FIRST_SLOT = LocalDateTime.of(2031, 1, 6, 8, 0);
  private static final int WARM_UP = 5;
  private static final int RUNS = 50;

  private final Benchmark.Options options;
  private final JdbcTemplate jdbc;
  private final MeetingRepository meetings;
  private final VenueService venue;
  private final List<String> roomCodes = new ArrayList<>();
  private int loaded;
  private int measured;

  BookingBench(ApplicationContext context, Benchmark.Options options) {
    this.options = options;
    this.jdbc = context.getBean(JdbcTemplate.class);
    this.meetings = context.getBean(MeetingRepository.class);
    this.venue = context.getBean(VenueService.class);
  }

  Map<String, Object> run() {
    new BenchRooms(jdbc, "BOOK", ROOMS);
    roomCodes.addAll(jdbc.queryForList("select code from room where code like 'BOOK%' order by code", String.class));
    jdbc.update("""
        insert into person (user_id, family_name, given_name, department_code, position, gender, rank_order)
        select 'bench' || g, '测', '试' || g, 'policy', '科员', 'F', 1000 from generate_series(1, 5000) g""");
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("rooms", jdbc.queryForObject("select count(*) from room", Long.class));
    result.put("people", jdbc.queryForObject("select count(*) from person", Long.class));
    List<Map<String, Object>> steps = new ArrayList<>();
    long meetingForBulk = LifecycleBench.HELD.get(0);
    for (int full : FULL_BOOKINGS) {
      int target = options.scaled(full);
      Benchmark.log("loading bookings to " + target);
      jdbc.update("""
          insert into room_booking (room_id, meeting_id, starts_at, ends_at, booked_by, booked_at)
          select r.id, ?, ? + (g / ?) * interval '2 hours', ? + (g / ?) * interval '2 hours' + interval '1 hour',
              'zhouping', localtimestamp
          from generate_series(?, ?) g
          join (select id, row_number() over (order by code) - 1 as k from room where code like 'BOOK%') r
            on r.k = g % ?""", meetingForBulk, FIRST_SLOT, ROOMS, FIRST_SLOT, ROOMS, loaded, target - 1, ROOMS);
      loaded = target;
      jdbc.execute("analyze");
      Map<String, Object> step = new LinkedHashMap<>();
      step.put("bookings", jdbc.queryForObject("select count(*) from room_booking", Long.class));
      step.put("bookFreeRoom", book(false));
      step.put("bookTakenRoomRefused", book(true));
      step.put("freeRooms", Samples.time(WARM_UP, RUNS, () -> {
        LocalDateTime start = slotStart(measured++ * 37 % slots()).plusMinutes(30);
        venue.freeRooms(start, start.plusHours(1), 5, List.of("projector"));
      }).summary());
      steps.add(step);
    }
    result.put("steps", steps);
    return result;
  }

  /** Books the gap after an existing booking, or ({@code taken}) right over one: refused. */
  private Map<String, Object> book(boolean taken) {
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < WARM_UP + RUNS; i++) {
      int index = measured++;
      String room = roomCodes.get(index % ROOMS);
      LocalDateTime start = slotStart(index * 37 % slots()).plusMinutes(taken ? 30 : 70);
      long meetingId = meetings.insertFiled(new NewMeeting("ADHOC", "work_deployment", "基准测试预订", "policy",
          start, start.plusMinutes(40), "待定", "基准测试", new BigDecimal("100.00"),
          List.of(Participant.person("wangli")), "zhouping"), LocalDateTime.now(BenchRooms.AGENCY)).id();
      BookingInput input = new BookingInput(room, List.of("projector"), "基准测试");
      long started = System.nanoTime();
      try {
        venue.book(meetingId, input, "zhouping");
        if (taken) {
          throw new IllegalStateException("room " + room + " at " + start + " was booked twice");
        }
      } catch (RoomConflictException e) {
        if (!taken) {
          throw e;
        }
      }
      if (i >= WARM_UP) {
        nanos.add(System.nanoTime() - started);
      }
    }
    return Samples.of(nanos).summary();
  }

  private int slots() {
    return Math.max(1, loaded / ROOMS);
  }

  private static LocalDateTime slotStart(int slot) {
    return FIRST_SLOT.plusHours(2L * slot);
  }
}
