package cn.gov.agency.meeting.series;

import cn.gov.agency.meeting.lifecycle.CancelInput;
import cn.gov.agency.meeting.lifecycle.MeetingCancellation;
import cn.gov.agency.meeting.lifecycle.MeetingLifecycle;
import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.MeetingSchedule;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.meeting.NewMeeting;
import cn.gov.agency.meeting.series.SeriesSchedule.Occurrence;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import cn.gov.agency.meeting.validation.Violations;
import cn.gov.agency.meeting.venue.BookingInput;
import cn.gov.agency.meeting.venue.Room;
import cn.gov.agency.meeting.venue.RoomBooking;
import cn.gov.agency.meeting.venue.VenueService;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 周期会议: a meeting approved once with a repeat rule becomes one meeting record per occurrence,
 * each with its own lifecycle, booking and cancellation. The series' room is booked for every
 * occurrence at once; an occurrence whose room is taken is filed without a booking and reported,
 * the others still book. Lifecycles start only for occurrences within the configured horizon (the
 * office would otherwise face a year of preparation tasks at once); the daily 周期会议按期启动
 * process starts the later ones as their time comes.
 */
@Service
public class MeetingSeriesService {

  public static final String STAGE = "series";
  static final String SUBJECT = "周期会议";
  static final Set<MeetingStatus> OVER = EnumSet.of(MeetingStatus.HELD, MeetingStatus.ARCHIVED,
      MeetingStatus.CANCELLED);
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final SeriesRepository series;
  private final SeriesRecurrence recurrence;
  private final SeriesSettings settings;
  private final Meetings meetings;
  private final MeetingSchedule schedule;
  private final MeetingEvents events;
  private final VenueService venue;
  private final MeetingLifecycle lifecycle;
  private final MeetingCancellation cancellation;
  private final MeetingAccess access;
  private final Clock clock;

  MeetingSeriesService(SeriesRepository series, SeriesRecurrence recurrence, SeriesSettings settings,
      Meetings meetings, MeetingSchedule schedule, MeetingEvents events, VenueService venue,
      MeetingLifecycle lifecycle, MeetingCancellation cancellation, MeetingAccess access, Clock clock) {
    this.access = access;
    this.series = series;
    this.recurrence = recurrence;
    this.settings = settings;
    this.meetings = meetings;
    this.schedule = schedule;
    this.events = events;
    this.venue = venue;
    this.lifecycle = lifecycle;
    this.cancellation = cancellation;
    this.clock = clock;
  }

  /**
   * Files every occurrence of {@code first}'s meeting under {@code rule}, books {@code roomCode} (if
   * any) for each, and starts the lifecycles due within the horizon except the first meeting's,
   * which its filer starts as for any single meeting.
   */
  @Transactional
  public SeriesFiled file(NewMeeting first, Recurrence rule, String roomCode) {
    Violations violations = new Violations(SUBJECT);
    Room room = roomCode == null || roomCode.isBlank() ? null : room(roomCode.strip(), first, violations);
    if (!first.plannedEnd().toLocalDate().equals(first.plannedStart().toLocalDate())) {
      violations.add("plannedEnd", "结束时间", "same-day", "周期会议须在当天结束");
    }
    LocalDate firstDate = first.plannedStart().toLocalDate();
    String rrule = rule.rrule(firstDate);
    SeriesSchedule schedule = expand(rrule, firstDate, rule, violations);
    violations.throwIfAny();
    LocalDateTime now = LocalDateTime.now(clock);
    long seriesId = series.insert(new MeetingSeries(0, first.title(), first.hostDepartmentCode(), rrule,
        rule.holidayRule(), firstDate, first.plannedStart().toLocalTime(), first.plannedEnd().toLocalTime(),
        room == null ? null : room.code()), first.filedBy(), now);
    List<Long> meetingIds = new ArrayList<>();
    List<RoomClash> clashes = new ArrayList<>();
    int count = schedule.occurrences().size();
    for (Occurrence occurrence : schedule.occurrences()) {
      long meetingId = fileOccurrence(seriesId, first, occurrence, meetingIds.size() + 1, count, now);
      meetingIds.add(meetingId);
      if (room != null) {
        book(meetingId, room, first.filedBy()).ifPresent(clashes::add);
      }
    }
    LocalDate horizon = now.toLocalDate().plusDays(settings.lifecycleHorizonDays());
    for (Long meetingId : meetingIds.subList(1, meetingIds.size())) {
      if (!meetings.find(meetingId).orElseThrow().plannedStart().toLocalDate().isAfter(horizon)) {
        lifecycle.start(meetingId);
      }
    }
    return new SeriesFiled(seriesId, meetingIds, schedule.dropped(), clashes);
  }

  /** Starts the lifecycle of every series occurrence that came within the horizon; returns how many. */
  @Transactional
  public int startDueLifecycles() {
    List<Long> due = series.awaitingLifecycle(LocalDate.now(clock).plusDays(settings.lifecycleHorizonDays()));
    due.forEach(lifecycle::start);
    return due.size();
  }

  /** Calls off one occurrence or this and every later one; earlier and finished ones stay as they are. */
  @Transactional
  public List<Long> cancel(long seriesId, SeriesCancelInput input, String actor) {
    find(seriesId);
    Violations violations = new Violations("取消周期会议");
    LocalDate from = date(input.fromOccurrence(), violations);
    CancelScope scope = scope(input.scope(), violations);
    violations.throwIfAny();
    List<SeriesOccurrence> chosen = series.occurrences(seriesId).stream()
        .filter(o -> scope == CancelScope.ONE ? o.ruleDate().equals(from) : !o.ruleDate().isBefore(from))
        .filter(o -> !OVER.contains(o.status()))
        .toList();
    if (chosen.isEmpty()) {
      throw InvalidInputException.of("取消周期会议", new Violation("fromOccurrence", "从哪一次", "open-occurrence",
          "该系列在 " + from + (scope == CancelScope.ONE ? " 没有" : " 及以后没有") + "可取消的会议"));
    }
    chosen.forEach(o -> cancellation.cancel(o.meetingId(), new CancelInput(input.reason()), actor));
    return chosen.stream().map(SeriesOccurrence::meetingId).toList();
  }

  public MeetingSeries find(long seriesId) {
    return series.find(seriesId).orElseThrow(() -> new NoSuchRecordException("周期会议 " + seriesId));
  }

  /** The series a meeting belongs to, if it is an occurrence of one. */
  public Optional<Long> seriesOf(long meetingId) {
    return series.seriesOf(meetingId);
  }

  public SeriesView view(long seriesId) {
    return SeriesView.of(find(seriesId), series.occurrences(seriesId));
  }

  public List<SeriesOccurrence> occurrences(long seriesId) {
    return series.occurrences(seriesId);
  }

  private long fileOccurrence(long seriesId, NewMeeting first, Occurrence occurrence, int number, int count,
      LocalDateTime now) {
    MeetingRecord meeting = schedule.file(new NewMeeting(first.source(), first.meetingType(), first.title(),
        first.hostDepartmentCode(), occurrence.date().atTime(first.plannedStart().toLocalTime()),
        occurrence.date().atTime(first.plannedEnd().toLocalTime()), first.place(), first.content(),
        first.budgetEstimate(), first.participants(), first.filedBy()), now);
    schedule.joinSeries(meeting.id(), seriesId, occurrence.ruleDate());
    events.record(meeting.id(), STAGE, "OCCURRENCE_FILED", first.filedBy(), "第 " + number + " 次，共 " + count + " 次"
        + (occurrence.moved() ? "；" + occurrence.ruleDate() + " 为非工作日，顺延至 " + occurrence.date() : ""));
    return meeting.id();
  }

  private Optional<RoomClash> book(long meetingId, Room room, String actor) {
    MeetingRecord meeting = meetings.find(meetingId).orElseThrow();
    Optional<RoomBooking> taken = venue.clash(room.code(), meeting.plannedStart(), meeting.plannedEnd(), meetingId);
    if (taken.isEmpty()) {
      venue.book(meetingId, new BookingInput(room.code(), List.of(), ""), actor);
      return Optional.empty();
    }
    RoomBooking other = taken.get();
    // The trail of this occurrence is read by its own people, not the other meeting's (R5.2).
    String otherTitle = access.titleForAnyone(meetings.find(other.meetingId()).orElseThrow());
    events.record(meetingId, STAGE, "ROOM_TAKEN", actor, room.code() + " 已被“" + otherTitle + "”预订（"
        + DAY_TIME.format(other.startsAt()) + "—" + DAY_TIME.format(other.endsAt()) + "）");
    return Optional.of(new RoomClash(meetingId, meeting.plannedStart().toLocalDate(), room.code(),
        otherTitle, other.startsAt(), other.endsAt()));
  }

  private Room room(String code, NewMeeting first, Violations violations) {
    Optional<Room> room = venue.activeRoom(code);
    if (room.isEmpty()) {
      violations.add("seriesRoomCode", "会议室编号", "known-room", "不是在用的会议室编号：" + code);
      return null;
    }
    if (room.get().capacity() < first.participants().size()) {
      violations.add("seriesRoomCode", "会议室编号", "capacity", "会议室 " + code + " 最多容纳 "
          + room.get().capacity() + " 人，本会议有 " + first.participants().size() + " 人参会");
    }
    return room.get();
  }

  private SeriesSchedule expand(String rrule, LocalDate firstDate, Recurrence rule, Violations violations) {
    String field = rule.until() != null ? "repeatUntil" : "repeatCount";
    try {
      SeriesSchedule schedule = recurrence.expand(rrule, firstDate, rule.holidayRule(), settings.maxOccurrences());
      if (schedule.occurrences().size() < 2) {
        violations.add(field, "重复截止", "two-or-more", "按此规则只有不到两次会议，请按单次会议申请");
      }
      return schedule;
    } catch (IllegalArgumentException e) {
      violations.add(field, "重复截止", "max-occurrences", "一个周期会议最多 " + settings.maxOccurrences() + " 次");
      return new SeriesSchedule(List.of(), List.of());
    }
  }

  private static LocalDate date(String value, Violations violations) {
    try {
      return LocalDate.parse(value == null ? "" : value.strip());
    } catch (DateTimeParseException e) {
      violations.add("fromOccurrence", "从哪一次", "format", "格式应为 2026-03-02");
      return null;
    }
  }

  private static CancelScope scope(String value, Violations violations) {
    try {
      return CancelScope.valueOf(value == null ? "" : value.strip());
    } catch (IllegalArgumentException e) {
      violations.add("scope", "取消范围", "one-of", "应为 ONE（仅这一次）或 THIS_AND_LATER（这次及以后）");
      return null;
    }
  }
}
