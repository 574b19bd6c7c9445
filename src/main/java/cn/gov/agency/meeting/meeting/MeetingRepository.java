package cn.gov.agency.meeting.meeting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The meeting records: every meeting the agency holds, whatever started it. Meeting's own: other
 * features read through {@link Meetings} and write through {@link MeetingSchedule} and {@link MeetingPeople}.
 */
@Repository
class MeetingRepository {

  private static final String SELECT = """
      select m.*, (select count(*) from meeting_participant p where p.meeting_id = m.id and p.substitute_for is null) as participant_count
        from meeting m""";

  private final JdbcTemplate jdbc;

  MeetingRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts an approved, filed meeting with its participants; returns the meeting id. */
  public MeetingRecord insertFiled(NewMeeting meeting, LocalDateTime filedAt) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into meeting (source, meeting_type, title, host_department_code, planned_start,
                               planned_end, place, content, budget_estimate, status, filed_by,
                               filed_at, created_at, meeting_year, planned_hours, expected_participants,
                               times_fixed_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """, new String[] {"id"});
      statement.setString(1, meeting.source());
      statement.setString(2, meeting.meetingType());
      statement.setString(3, meeting.title());
      statement.setString(4, meeting.hostDepartmentCode());
      statement.setTimestamp(5, Timestamp.valueOf(meeting.plannedStart()));
      statement.setTimestamp(6, Timestamp.valueOf(meeting.plannedEnd()));
      statement.setString(7, meeting.place());
      statement.setString(8, meeting.content());
      statement.setBigDecimal(9, meeting.budgetEstimate());
      statement.setString(10, MeetingStatus.APPROVED.name());
      statement.setString(11, meeting.filedBy());
      statement.setTimestamp(12, Timestamp.valueOf(filedAt));
      statement.setTimestamp(13, Timestamp.valueOf(filedAt));
      statement.setInt(14, meeting.plannedStart().getYear());
      statement.setBigDecimal(15, hoursBetween(meeting.plannedStart(), meeting.plannedEnd()));
      statement.setInt(16, meeting.participants().size());
      statement.setTimestamp(17, Timestamp.valueOf(filedAt));
      return statement;
    }, keys);
    long id = keys.getKey().longValue();
    // The id makes the filing number unique without a counter to contend on.
    String filingNumber = "BA" + filedAt.getYear() + "-" + String.format("%05d", id);
    jdbc.update("update meeting set filing_number = ? where id = ?", filingNumber, id);
    for (Participant participant : meeting.participants()) {
      jdbc.update("insert into meeting_participant (meeting_id, person_user_id, guest_name, guest_unit) values (?, ?, ?, ?)",
          id, participant.personUserId(), participant.guestName(), participant.guestUnit());
    }
    return find(id).orElseThrow();
  }

  /** A meeting of an approved annual plan: it has a date or a month, its times come later. */
  public long insertPlanned(PlannedMeeting meeting, LocalDateTime now) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into meeting (source, meeting_type, title, host_department_code, place, content,
                               budget_estimate, status, created_at, meeting_year, plan_entry_id,
                               planned_date, planned_month, planned_hours, expected_participants)
          values ('PLAN', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """, new String[] {"id"});
      statement.setString(1, meeting.meetingType());
      statement.setString(2, meeting.title());
      statement.setString(3, meeting.hostDepartmentCode());
      statement.setString(4, meeting.place());
      statement.setString(5, meeting.content());
      statement.setBigDecimal(6, meeting.estimatedCost());
      statement.setString(7, MeetingStatus.PLANNED.name());
      statement.setTimestamp(8, Timestamp.valueOf(now));
      statement.setInt(9, meeting.year());
      statement.setLong(10, meeting.planEntryId());
      statement.setObject(11, meeting.plannedDate());
      statement.setObject(12, meeting.plannedMonth());
      statement.setBigDecimal(13, meeting.plannedHours());
      statement.setInt(14, meeting.expectedParticipants());
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  public List<MeetingRecord> findByYear(int year) {
    return jdbc.query(SELECT + " where m.meeting_year = ? order by m.host_department_code, m.id",
        (rs, i) -> map(rs), year);
  }

  /**
   * The year's meetings as rows of its list, in the list's order (department, then number): only
   * what deciding whether a reader sees a row needs, so a year of ten thousand meetings is read
   * whole while only a page of them is loaded.
   */
  List<YearRow> yearRows(int year, String department) {
    return jdbc.query("select id, confidential, status, planned_start from meeting where meeting_year = ?"
            + (department == null ? "" : " and host_department_code = ?") + " order by host_department_code, id",
        (rs, i) -> new YearRow(rs.getLong("id"), rs.getBoolean("confidential"),
            "CANCELLED".equals(rs.getString("status")) || rs.getTimestamp("planned_start") == null),
        department == null ? new Object[] {year} : new Object[] {year, department});
  }

  record YearRow(long id, boolean confidential, boolean cancelledOrUntimed) {}

  /** The meetings with these ids, in no particular order; one statement however many. */
  List<MeetingRecord> findAll(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.query(SELECT + " where m.id in (" + String.join(",", java.util.Collections.nCopies(ids.size(), "?"))
        + ")", (rs, i) -> map(rs), ids.toArray());
  }

  public Optional<MeetingRecord> find(long id) {
    return jdbc.query(SELECT + " where m.id = ?", (rs, i) -> map(rs), id)
        .stream().findFirst();
  }

  /**
   * Gives a planned meeting its times and participants; it becomes APPROVED (ready for its
   * lifecycle). False if it was no longer PLANNED.
   */
  public boolean schedule(long meetingId, LocalDateTime start, LocalDateTime end, List<Participant> participants,
      LocalDateTime now) {
    int updated = jdbc.update("""
        update meeting set planned_start = ?, planned_end = ?, planned_hours = ?, expected_participants = ?,
                           status = ?, times_fixed_at = ?
         where id = ? and status = ?""",
        Timestamp.valueOf(start), Timestamp.valueOf(end), hoursBetween(start, end), participants.size(),
        MeetingStatus.APPROVED.name(), Timestamp.valueOf(now), meetingId, MeetingStatus.PLANNED.name());
    if (updated == 0) {
      return false;
    }
    for (Participant participant : participants) {
      jdbc.update("insert into meeting_participant (meeting_id, person_user_id, guest_name, guest_unit) values (?, ?, ?, ?)",
          meetingId, participant.personUserId(), participant.guestName(), participant.guestUnit());
    }
    return true;
  }

  /** 会议改期: new times for a scheduled meeting (its year follows the new start). */
  public void moveTimes(long meetingId, LocalDateTime start, LocalDateTime end, LocalDateTime now) {
    jdbc.update("""
        update meeting set planned_start = ?, planned_end = ?, planned_hours = ?, meeting_year = ?, times_fixed_at = ?
         where id = ?""", Timestamp.valueOf(start), Timestamp.valueOf(end), hoursBetween(start, end),
        start.getYear(), Timestamp.valueOf(now), meetingId);
  }

  /** The participant list as it stands, with leave and substitutes (R5.1), in the order named. */
  public List<Attendee> attendees(long meetingId) {
    return jdbc.query("""
        select id, person_user_id, guest_name, guest_unit, on_leave, substitute_for, attendance, signed_in_at,
               departure
          from meeting_participant where meeting_id = ? order by id""",
        (rs, i) -> {
          Timestamp signedInAt = rs.getTimestamp("signed_in_at");
          return new Attendee(rs.getLong("id"), rs.getString("person_user_id"), rs.getString("guest_name"),
              rs.getString("guest_unit"), rs.getBoolean("on_leave"), rs.getObject("substitute_for", Long.class),
              rs.getString("attendance"), signedInAt == null ? null : signedInAt.toLocalDateTime(),
              rs.getString("departure"));
        },
        meetingId);
  }

  /**
   * Approved leave (R5.1): the participant stays listed but is no longer expected; a substitute,
   * if named, joins the list in their place. Returns the substitute's row id, or null.
   */
  public Long grantLeave(long meetingId, long attendeeId, String substituteUserId) {
    int updated = jdbc.update("update meeting_participant set on_leave = true where id = ? and meeting_id = ? and not on_leave",
        attendeeId, meetingId);
    if (updated != 1) {
      throw new IllegalStateException("participant " + attendeeId + " of meeting " + meetingId + " is not expected");
    }
    if (substituteUserId == null) {
      return null;
    }
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement(
          "insert into meeting_participant (meeting_id, person_user_id, substitute_for) values (?, ?, ?)",
          new String[] {"id"});
      statement.setLong(1, meetingId);
      statement.setString(2, substituteUserId);
      statement.setLong(3, attendeeId);
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  /** The named staff of a meeting per duty, replacing what was named before. */
  public void nameStaff(long meetingId, StaffDuty duty, List<String> userIds) {
    jdbc.update("delete from meeting_staff where meeting_id = ? and duty = ?", meetingId, duty.name());
    for (String userId : userIds) {
      jdbc.update("insert into meeting_staff (meeting_id, duty, person_user_id) values (?, ?, ?)",
          meetingId, duty.name(), userId);
    }
  }

  public List<String> staff(long meetingId, StaffDuty duty) {
    return jdbc.queryForList("select person_user_id from meeting_staff where meeting_id = ? and duty = ? order by person_user_id",
        String.class, meetingId, duty.name());
  }

  /** The attendance record of one participant row, written when sign-in closes. */
  public void recordAttendance(long attendeeId, String attendance, LocalDateTime signedInAt) {
    jdbc.update("update meeting_participant set attendance = ?, signed_in_at = ? where id = ?", attendance,
        signedInAt == null ? null : Timestamp.valueOf(signedInAt), attendeeId);
  }

  /** Who left before the end (R5.1: 早退, 擅自离会) and when, written with the attendance record. */
  public void recordDeparture(long attendeeId, String departure, LocalDateTime departedAt) {
    jdbc.update("update meeting_participant set departure = ?, departed_at = ? where id = ?", departure,
        Timestamp.valueOf(departedAt), attendeeId);
  }

  public void updateConfidential(long meetingId, boolean confidential) {
    jdbc.update("update meeting set confidential = ? where id = ?", confidential, meetingId);
  }

  /** Whether the meeting is confidential (R5.2); false for no such meeting. One indexed row, no participants. */
  public boolean isConfidential(long meetingId) {
    return Boolean.TRUE.equals(jdbc.query("select confidential from meeting where id = ?",
        rs -> rs.next() ? rs.getBoolean(1) : null, meetingId));
  }

  /**
   * The room the meeting holds ("R301 第一会议室"), provisional bookings too: they keep others out of
   * the room just the same. Empty before a room is booked or after it was given back.
   */
  public Optional<String> bookedRoom(long meetingId) {
    return jdbc.queryForList("""
        select r.code || ' ' || r.name from room_booking b join room r on r.id = b.room_id
         where b.meeting_id = ? and b.cancelled_at is null order by b.id desc""", String.class, meetingId)
        .stream().findFirst();
  }

  /** The people and guests expected at a meeting, in the order they were named. */
  public List<Participant> participants(long meetingId) {
    return jdbc.query(
        "select person_user_id, guest_name, guest_unit from meeting_participant where meeting_id = ? order by id",
        (rs, i) -> new Participant(rs.getString("person_user_id"), rs.getString("guest_name"),
            rs.getString("guest_unit")), meetingId);
  }

  /** The room booked for the meeting becomes its place (what the notice states). */
  public void updatePlace(long meetingId, String place) {
    jdbc.update("update meeting set place = ? where id = ?", place, meetingId);
  }

  /** What the office settled when preparation started. */
  public void updatePreparationNeeds(long meetingId, boolean important, boolean needsCatering,
      boolean needsAccommodation) {
    jdbc.update("update meeting set important = ?, needs_catering = ?, needs_accommodation = ? where id = ?",
        important, needsCatering, needsAccommodation, meetingId);
  }

  /** The meeting is an occurrence of a series (例会), on the date its rule gave (before a holiday moved it). */
  public void linkSeries(long meetingId, long seriesId, LocalDate ruleDate) {
    jdbc.update("update meeting set series_id = ?, occurrence_date = ? where id = ?", seriesId, Date.valueOf(ruleDate),
        meetingId);
  }

  public void linkLifecycle(long meetingId, String processInstanceId) {
    jdbc.update("update meeting set lifecycle_process_instance_id = ? where id = ?", processInstanceId, meetingId);
  }

  /** Moves a meeting on only from the status it is expected to be in; false if it was not. */
  public boolean updateStatus(long meetingId, MeetingStatus from, MeetingStatus to) {
    return jdbc.update("update meeting set status = ? where id = ? and status = ?",
        to.name(), meetingId, from.name()) == 1;
  }

  private static MeetingRecord map(ResultSet rs) throws SQLException {
    Timestamp start = rs.getTimestamp("planned_start");
    Timestamp end = rs.getTimestamp("planned_end");
    Timestamp filedAt = rs.getTimestamp("filed_at");
    Timestamp timesFixedAt = rs.getTimestamp("times_fixed_at");
    Date plannedDate = rs.getDate("planned_date");
    return new MeetingRecord(
        rs.getLong("id"), rs.getString("source"), rs.getString("meeting_type"), rs.getString("title"),
        rs.getString("host_department_code"), start == null ? null : start.toLocalDateTime(),
        end == null ? null : end.toLocalDateTime(), rs.getString("place"), rs.getString("content"),
        rs.getBigDecimal("budget_estimate"), MeetingStatus.valueOf(rs.getString("status")),
        rs.getString("filing_number"), rs.getString("filed_by"),
        filedAt == null ? null : filedAt.toLocalDateTime(), rs.getInt("participant_count"),
        rs.getInt("meeting_year"), rs.getObject("plan_entry_id", Long.class),
        plannedDate == null ? null : plannedDate.toLocalDate(), rs.getObject("planned_month", Integer.class),
        rs.getBigDecimal("planned_hours"), rs.getObject("expected_participants", Integer.class),
        rs.getBoolean("important"), rs.getBoolean("needs_catering"), rs.getBoolean("needs_accommodation"),
        rs.getString("lifecycle_process_instance_id"), rs.getBoolean("confidential"),
        timesFixedAt == null ? null : timesFixedAt.toLocalDateTime());
  }

  private static BigDecimal hoursBetween(LocalDateTime start, LocalDateTime end) {
    return BigDecimal.valueOf(Duration.between(start, end).toMinutes())
        .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
  }
}
