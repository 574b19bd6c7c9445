package cn.gov.agency.meeting.bench;

import cn.gov.agency.meeting.clash.ParticipantClash;
import cn.gov.agency.meeting.clash.ParticipantClashes;
import cn.gov.agency.meeting.meeting.Meetings;
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
 * Part 4 and 5: booking a room (VenueService.book: lock, conflict check, insert), searching free
 * rooms and the participant-clash check (issue 11) with growing numbers of existing bookings and
 * meetings, 5,000 people in the organisation.
 */
final class BookingBench {

  private static final int[] FULL_BOOKINGS = {6_250, 25_000, 100_000};
  private static final int ROOMS = 200;
  private static final LocalDateTime FIRST_SLOT = LocalDateTime.of(2031, 1, 6, 8, 0);
  private static final int WARM_UP = 5;
  private static final int RUNS = 50;
  /** Each bulk meeting's participants, drawn from the 5,000 people: each person is in ~200 meetings at 100k. */
  private static final int PARTICIPANTS_PER_MEETING = 10;
  /** The people a new meeting asks about in the clash check (a large meeting). */
  private static final int CLASH_CHECK_PEOPLE = 30;

  private final Benchmark.Options options;
  private final JdbcTemplate jdbc;
  private final Meetings meetings;
  private final VenueService venue;
  private final ParticipantClashes clashes;
  private final List<String> roomCodes = new ArrayList<>();
  private int loaded;
  private int measured;

  BookingBench(ApplicationContext context, Benchmark.Options options) {
    this.options = options;
    this.jdbc = context.getBean(JdbcTemplate.class);
    this.meetings = context.getBean(Meetings.class);
    this.venue = context.getBean(VenueService.class);
    this.clashes = context.getBean(ParticipantClashes.class);
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
      loadMeetings(loaded, target);
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
      step.put("meetings", jdbc.queryForObject("select count(*) from meeting", Long.class));
      step.put("participations", jdbc.queryForObject("select count(*) from meeting_participant", Long.class));
      List<Integer> found = new ArrayList<>();
      step.put("participantClashes", Samples.time(WARM_UP, RUNS, () -> {
        int slot = measured++ * 37 % slots();
        LocalDateTime start = slotStart(slot).plusMinutes(30);
        List<ParticipantClash> answer = clashes.clashes(start, start.plusHours(1), people(slot), null, "zhouping");
        found.add(answer.size());
      }).summary());
      step.put("participantClashesPeopleFoundMedian", found.stream().sorted().toList().get(found.size() / 2));
      steps.add(step);
    }
    result.put("steps", steps);
    return result;
  }

  /**
   * One meeting per booking, spread over the same slots, with {@link #PARTICIPANTS_PER_MEETING} of
   * the bench people each and one in twenty confidential (the check then asks whether the viewer
   * may see the title).
   */
  private void loadMeetings(int from, int to) {
    if (to <= from) {
      return;
    }
    long lastBefore = jdbc.queryForObject("select coalesce(max(id), 0) from meeting", Long.class);
    jdbc.update("""
        insert into meeting (source, meeting_type, title, host_department_code, planned_start, planned_end, place,
            content, budget_estimate, status, created_at, confidential, meeting_year)
        select 'ADHOC', 'work_deployment', '基准会议' || g, 'policy', ? + (g / ?) * interval '2 hours',
            ? + (g / ?) * interval '2 hours' + interval '1 hour', '基准', '基准', 0, 'APPROVED', localtimestamp,
            g % 20 = 0, ?
        from generate_series(?, ?) g""", FIRST_SLOT, ROOMS, FIRST_SLOT, ROOMS, FIRST_SLOT.getYear(), from, to - 1);
    jdbc.update("""
        insert into meeting_participant (meeting_id, person_user_id)
        select m.id, 'bench' || (((m.id * 7 + k * 613) % 5000) + 1)
        from meeting m cross join generate_series(0, ? - 1) k
        where m.id > ?""", PARTICIPANTS_PER_MEETING, lastBefore);
  }

  /** The people a new meeting in this slot asks about: a different, overlapping set each time. */
  private static List<String> people(int slot) {
    List<String> people = new ArrayList<>();
    for (int i = 0; i < CLASH_CHECK_PEOPLE; i++) {
      people.add("bench" + (((slot * 31L + i * 167L) % 5000) + 1));
    }
    return people;
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
