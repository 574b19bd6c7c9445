package cn.gov.agency.meeting.seating;

import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.organisation.Department;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.seating.SeatingRepository.ChartHead;
import cn.gov.agency.meeting.seating.SeatingRepository.NewSeat;
import cn.gov.agency.meeting.seating.SeatingRepository.StoredSeat;
import cn.gov.agency.meeting.validation.Violations;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 座次表 (issue #11): the rostrum in protocol order by the configured convention, the audience by
 * department (in the organisation's order, people by rank within), then guests. The office may swap
 * two people before it finalises the chart; the final chart is printed and archived.
 */
@Service
public class SeatingService {

  static final String STAGE = "seating";
  private static final String GUESTS = "来宾";
  private static final Set<MeetingStatus> SEATABLE = Set.of(MeetingStatus.APPROVED, MeetingStatus.PREPARING,
      MeetingStatus.READY);
  /** Protocol order (organisation.yaml rank: smaller is more senior); the user id only breaks ties. */
  private static final Comparator<Person> BY_RANK = Comparator.comparingInt(Person::rank).thenComparing(Person::userId);

  private final SeatingRepository seating;
  private final Meetings meetings;
  private final OrganisationDirectory directory;
  private final MeetingEvents events;
  private final SeatingSettings settings;
  private final Clock clock;

  SeatingService(SeatingRepository seating, Meetings meetings, OrganisationDirectory directory,
      MeetingEvents events, SeatingSettings settings, Clock clock) {
    this.seating = seating;
    this.meetings = meetings;
    this.directory = directory;
    this.events = events;
    this.settings = settings;
    this.clock = clock;
  }

  public MeetingRecord meeting(long meetingId) {
    return meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("会议 " + meetingId));
  }

  public Optional<SeatChart> chart(long meetingId) {
    return seating.head(meetingId).map(head -> assemble(head, seating.seats(meetingId)));
  }

  /** Who the office may put on the rostrum: the expected participants of the organisation, most senior first. */
  public List<Person> seatablePeople(long meetingId) {
    Map<String, Person> people = peopleById();
    return expected(meetingId).stream().filter(a -> !a.isGuest() && people.containsKey(a.personUserId()))
        .map(a -> people.get(a.personUserId())).sorted(BY_RANK).toList();
  }

  /** The leaders among the expected participants: the rostrum unless the office names it. */
  public List<String> defaultRostrum(long meetingId) {
    Set<String> leaders = Set.copyOf(seating.leaders());
    return seatablePeople(meetingId).stream().map(Person::userId).filter(leaders::contains).toList();
  }

  /**
   * Lays the chart out afresh, replacing a draft. {@code rostrumUserIds} null or empty means the
   * leaders among the participants.
   */
  @Transactional
  public SeatChart generate(long meetingId, List<String> rostrumUserIds, String actor) {
    MeetingRecord meeting = meeting(meetingId);
    Violations violations = new Violations("生成座次表");
    checkEditable(meeting, seating.lockStatus(meetingId), violations);
    List<Attendee> expected = expected(meetingId);
    Map<String, Person> people = peopleById();
    Set<String> rostrumIds = new LinkedHashSet<>(rostrumUserIds == null || rostrumUserIds.isEmpty()
        ? defaultRostrum(meetingId) : rostrumUserIds);
    Set<String> seatable = expected.stream().map(Attendee::personUserId)
        .filter(id -> id != null && people.containsKey(id)).collect(Collectors.toSet());
    List<String> strangers = rostrumIds.stream().filter(id -> !seatable.contains(id)).toList();
    if (!strangers.isEmpty()) {
      violations.add("rostrum", "主席台人员", "participant", "主席台人员须是本次会议的应到参会人员，以下不是：" + String.join("、", strangers));
    } else if (rostrumIds.isEmpty()) {
      violations.add("rostrum", "主席台人员", "required", "参会人员中没有局领导，请指定主席台人员（至少 1 人）");
    } else if (rostrumIds.size() > settings.maxRostrumSeats()) {
      violations.add("rostrum", "主席台人员", "max", "主席台最多安排 " + settings.maxRostrumSeats() + " 人");
    }
    violations.throwIfAny();

    List<NewSeat> seats = new ArrayList<>(rostrumSeats(expected, rostrumIds, people));
    seats.addAll(audienceSeats(expected, rostrumIds, people));
    seating.replaceDraft(meetingId, seats, actor, LocalDateTime.now(clock));
    events.record(meetingId, STAGE, "GENERATED", actor, "主席台 " + rostrumIds.size() + " 人，台下 "
        + (seats.size() - rostrumIds.size()) + " 人");
    return chart(meetingId).orElseThrow();
  }

  /** Exchanges who sits on two seats of a draft chart; the places and their ranks stay. */
  @Transactional
  public SeatChart swap(long meetingId, Long firstSeatId, Long secondSeatId, String actor) {
    MeetingRecord meeting = meeting(meetingId);
    Violations violations = new Violations("调换座位");
    Optional<ChartStatus> status = seating.lockStatus(meetingId);
    if (status.isEmpty()) {
      violations.add("seatChart", "座次表", "missing", "请先生成座次表");
      violations.throwIfAny();
    }
    checkEditable(meeting, status, violations);
    Map<Long, StoredSeat> seats = seating.seats(meetingId).stream()
        .collect(Collectors.toMap(StoredSeat::id, Function.identity()));
    StoredSeat first = seatOf(seats, firstSeatId, "first", "第一个座位", violations);
    StoredSeat second = seatOf(seats, secondSeatId, "second", "第二个座位", violations);
    if (first != null && second != null && first.id() == second.id()) {
      violations.add("second", "第二个座位", "distinct", "请选择两个不同的座位");
    }
    violations.throwIfAny();
    seating.seatAttendee(first.id(), second.attendeeId());
    seating.seatAttendee(second.id(), first.attendeeId());
    SeatChart chart = chart(meetingId).orElseThrow();
    events.record(meetingId, STAGE, "SWAPPED", actor, labelOf(chart, first.id()) + " ⇄ " + labelOf(chart, second.id()));
    return chart;
  }

  /** The chart as printed: no more changes; the archive takes this version. */
  @Transactional
  public SeatChart finalise(long meetingId, String actor) {
    MeetingRecord meeting = meeting(meetingId);
    Violations violations = new Violations("座次表定稿");
    Optional<ChartStatus> status = seating.lockStatus(meetingId);
    if (status.isEmpty()) {
      violations.add("seatChart", "座次表", "missing", "请先生成座次表");
    }
    violations.throwIfAny();
    checkEditable(meeting, status, violations);
    violations.throwIfAny();
    seating.finalise(meetingId, actor, LocalDateTime.now(clock));
    events.record(meetingId, STAGE, "FINALISED", actor, null);
    return chart(meetingId).orElseThrow();
  }

  private List<NewSeat> rostrumSeats(List<Attendee> expected, Set<String> rostrumIds, Map<String, Person> people) {
    List<Person> ranked = rostrumIds.stream().map(people::get).sorted(BY_RANK).toList();
    Map<String, Long> attendeeOf = expected.stream().filter(a -> !a.isGuest())
        .collect(Collectors.toMap(Attendee::personUserId, Attendee::id, (a, b) -> a));
    int[] seatOf = RostrumOrder.seats(ranked.size(), settings);
    List<NewSeat> seats = new ArrayList<>();
    for (int k = 0; k < ranked.size(); k++) {
      Person person = ranked.get(k);
      seats.add(new NewSeat(SeatArea.ROSTRUM, 1, seatOf[k], k + 1, "主席台", attendeeOf.get(person.userId())));
    }
    return seats;
  }

  /**
   * Each department starts a new row, front rows for the departments first in the organisation's
   * order; within a row the most senior sits nearest the senior side, as on the rostrum.
   */
  private List<NewSeat> audienceSeats(List<Attendee> expected, Set<String> rostrumIds, Map<String, Person> people) {
    Map<String, List<Attendee>> byDepartment = expected.stream()
        .filter(a -> !a.isGuest() && people.containsKey(a.personUserId()) && !rostrumIds.contains(a.personUserId()))
        .sorted(Comparator.comparing(a -> people.get(a.personUserId()), BY_RANK))
        .collect(Collectors.groupingBy(a -> people.get(a.personUserId()).departmentCode()));
    List<NewSeat> seats = new ArrayList<>();
    int[] row = {0};
    for (Department department : directory.departments()) {
      List<Attendee> members = byDepartment.getOrDefault(department.code(), List.of());
      seats.addAll(rows(members, department.name(), row));
    }
    // Guests, and anyone no longer in the organisation's file, sit behind the departments.
    List<Attendee> others = expected.stream()
        .filter(a -> a.isGuest() || !people.containsKey(a.personUserId())).toList();
    seats.addAll(rows(others, GUESTS, row));
    return seats;
  }

  private List<NewSeat> rows(List<Attendee> ranked, String block, int[] row) {
    List<NewSeat> seats = new ArrayList<>();
    int perRow = settings.audienceSeatsPerRow();
    for (int start = 0; start < ranked.size(); start += perRow) {
      List<Attendee> inRow = ranked.subList(start, Math.min(start + perRow, ranked.size()));
      row[0]++;
      for (int k = 0; k < inRow.size(); k++) {
        // The rostrum's senior left is the audience's right: number the seats as the chart draws them.
        int number = settings.seniorOnRostrumLeft() ? inRow.size() - k : k + 1;
        seats.add(new NewSeat(SeatArea.AUDIENCE, row[0], number, null, block, inRow.get(k).id()));
      }
    }
    return seats;
  }

  private static void checkEditable(MeetingRecord meeting, Optional<ChartStatus> status, Violations violations) {
    if (status.filter(ChartStatus.FINAL::equals).isPresent()) {
      violations.add("seatChart", "座次表", "final", "座次表已定稿，不能再修改");
    } else if (!SEATABLE.contains(meeting.status())) {
      violations.add("meeting", "会议", "status", "会议" + meeting.status().label() + "，不能再安排座次");
    }
    violations.throwIfAny();
  }

  private static StoredSeat seatOf(Map<Long, StoredSeat> seats, Long id, String field, String label,
      Violations violations) {
    if (id == null) {
      violations.add(field, label, "required", "请选择座位");
      return null;
    }
    StoredSeat seat = seats.get(id);
    if (seat == null) {
      violations.add(field, label, "seat", "不是本次会议座次表上的座位");
    }
    return seat;
  }

  private static String labelOf(SeatChart chart, long seatId) {
    return chart.seats().stream().filter(s -> s.id() == seatId).findFirst().map(Seat::label).orElseThrow();
  }

  private List<Attendee> expected(long meetingId) {
    return meetings.attendees(meetingId).stream().filter(Attendee::expected).toList();
  }

  private Map<String, Person> peopleById() {
    return directory.people().stream().collect(Collectors.toMap(Person::userId, Function.identity()));
  }

  private SeatChart assemble(ChartHead head, List<StoredSeat> stored) {
    Map<String, Person> people = peopleById();
    Map<Long, Attendee> attendees = meetings.attendees(head.meetingId()).stream()
        .collect(Collectors.toMap(Attendee::id, Function.identity()));
    List<Seat> seats = stored.stream().map(s -> seat(s, attendees.get(s.attendeeId()), people)).toList();
    List<Seat> rostrum = seats.stream().filter(s -> s.area() == SeatArea.ROSTRUM)
        .sorted(Comparator.comparingInt(Seat::number)).toList();
    List<List<Seat>> audience = seats.stream().filter(s -> s.area() == SeatArea.AUDIENCE)
        .collect(Collectors.groupingBy(Seat::row, TreeMap::new, Collectors.toList()))
        .values().stream().map(row -> row.stream().sorted(Comparator.comparingInt(Seat::number)).toList()).toList();
    return new SeatChart(head.meetingId(), head.status(), nameOf(head.generatedBy(), people), head.generatedAt(),
        head.finalisedBy() == null ? null : nameOf(head.finalisedBy(), people), head.finalisedAt(), rostrum, audience);
  }

  private static Seat seat(StoredSeat s, Attendee attendee, Map<String, Person> people) {
    if (attendee.isGuest()) {
      return new Seat(s.id(), s.area(), s.row(), s.number(), s.protocolNumber(), s.block(), s.attendeeId(),
          attendee.guestName(), attendee.guestUnit(), "");
    }
    Person person = people.get(attendee.personUserId());
    return person == null
        ? new Seat(s.id(), s.area(), s.row(), s.number(), s.protocolNumber(), s.block(), s.attendeeId(),
            attendee.personUserId(), "", "")
        : new Seat(s.id(), s.area(), s.row(), s.number(), s.protocolNumber(), s.block(), s.attendeeId(),
            person.fullName(), person.departmentName(), person.position() == null ? "" : person.position());
  }

  private static String nameOf(String userId, Map<String, Person> people) {
    return Optional.ofNullable(people.get(userId)).map(Person::fullName).orElse(userId);
  }
}
