package cn.gov.agency.meeting.venue;

import cn.gov.agency.meeting.venue.RoomCatalogue.RoomDefinition;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rooms and their bookings. Only venue/ reads and writes them: other features ask
 * {@link VenueService}, which holds the rule that a room is never booked twice at once.
 */
@Repository
class RoomRepository {

  /** PostgreSQL's exclusion_violation: the room_booking_no_overlap constraint refused an insert. */
  static final String EXCLUSION_VIOLATION = "23P01";

  private static final String BOOKING_SELECT = """
      select b.id, r.code as room_code, r.name as room_name, b.meeting_id, m.title as meeting_title,
             b.starts_at, b.ends_at, b.booked_by, b.booked_at, b.provisional, m.confidential
        from room_booking b join room r on r.id = b.room_id join meeting m on m.id = b.meeting_id
      """;

  private final JdbcTemplate jdbc;
  private final Clock clock;
  /** "booking b overlaps [?, ?)", parameters from, to. */
  private final String overlaps;

  RoomRepository(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    // On PostgreSQL the overlap is asked as the exclusion constraint states it, so its GiST index
    // answers it; two range conditions on a B-tree read every booking before the period's end
    // (docs/benchmarks.md: free-room search at 100,000 bookings).
    boolean postgres = "PostgreSQL".equals(jdbc.execute(
        (ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName()));
    this.overlaps = postgres
        ? "tsrange(b.starts_at, b.ends_at, '[)') && tsrange(cast(? as timestamp), cast(? as timestamp), '[)')"
        : "b.ends_at > ? and b.starts_at < ?";
  }

  /**
   * Makes the room table say what the rooms file says. Only what differs is written: every change
   * lands in the change log (record_change), and a restart with an unchanged file must add nothing.
   */
  @Transactional
  public void synchronise(List<RoomDefinition> definitions) {
    Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
    Map<String, Room> existing = new HashMap<>();
    all().forEach(room -> existing.put(room.code(), room));
    Set<String> inFile = new HashSet<>();
    for (RoomDefinition room : definitions) {
      inFile.add(room.code());
      Room before = existing.get(room.code());
      Object[] values = {room.name(), room.building(), room.floor(), room.capacity(), room.active(),
          room.approvalRequired(), now, room.code()};
      if (before == null) {
        jdbc.update("""
            insert into room (name, building, floor, capacity, active, approval_required, updated_at, code)
            values (?, ?, ?, ?, ?, ?, ?, ?)""", values);
      } else if (!sameAttributes(before, room)) {
        jdbc.update("""
            update room set name = ?, building = ?, floor = ?, capacity = ?, active = ?, approval_required = ?,
                   updated_at = ?
             where code = ?""", values);
      }
      long id = before != null ? before.id()
          : jdbc.queryForObject("select id from room where code = ?", Long.class, room.code());
      if (before == null || !new HashSet<>(before.equipment()).equals(new HashSet<>(room.equipment()))) {
        jdbc.update("delete from room_equipment where room_id = ?", id);
        for (String equipment : room.equipment()) {
          jdbc.update("insert into room_equipment (room_id, equipment_code) values (?, ?)", id, equipment);
        }
      }
      if (before == null || !new HashSet<>(before.outOfService()).equals(new HashSet<>(room.outOfService()))) {
        jdbc.update("delete from room_out_of_service where room_id = ?", id);
        for (OutOfService period : room.outOfService()) {
          jdbc.update("insert into room_out_of_service (room_id, starts_at, ends_at, reason) values (?, ?, ?, ?)",
              id, Timestamp.valueOf(period.from()), Timestamp.valueOf(period.to()), period.reason());
        }
      }
    }
    for (Room room : existing.values()) {
      if (room.active() && !inFile.contains(room.code())) {
        jdbc.update("update room set active = false, updated_at = ? where code = ?", now, room.code());
      }
    }
  }

  private static boolean sameAttributes(Room before, RoomDefinition room) {
    return before.name().equals(room.name()) && Objects.equals(before.building(), room.building())
        && Objects.equals(before.floor(), room.floor()) && Objects.equals(before.capacity(), room.capacity())
        && before.active() == room.active() && before.approvalRequired() == room.approvalRequired();
  }

  /** Every room, active or not, smallest first. */
  public List<Room> all() {
    return rooms("select * from room order by capacity, code");
  }

  public Optional<Room> find(String code) {
    return rooms("select * from room where code = ?", code).stream().findFirst();
  }

  /**
   * Locks the room's row until the transaction ends, so bookings of one room are made one after
   * the other: the overlap check that follows sees every booking committed before it.
   */
  Optional<Room> lock(String code) {
    return rooms("select * from room where code = ? for update", code).stream().findFirst();
  }

  /** Active bookings of the room overlapping [from, to), other than those of {@code exceptMeetingId}. */
  List<RoomBooking> overlapping(String roomCode, LocalDateTime from, LocalDateTime to, Long exceptMeetingId) {
    return jdbc.query(BOOKING_SELECT + """
         where r.code = ? and b.cancelled_at is null and\s""" + overlaps + """
           and b.meeting_id <> ?
         order by b.starts_at""", (rs, i) -> booking(rs),
        roomCode, Timestamp.valueOf(from), Timestamp.valueOf(to), orNone(exceptMeetingId));
  }

  /** Codes of the rooms busy at some time in [from, to), not counting the bookings of {@code exceptMeetingId}. */
  Set<String> busyRoomCodes(LocalDateTime from, LocalDateTime to, Long exceptMeetingId) {
    return new HashSet<>(jdbc.queryForList("""
        select distinct r.code from room_booking b join room r on r.id = b.room_id
         where b.cancelled_at is null and\s""" + overlaps + """
           and b.meeting_id <> ?""", String.class,
        Timestamp.valueOf(from), Timestamp.valueOf(to), orNone(exceptMeetingId)));
  }

  /** Active bookings touching [from, to), by start. */
  public List<RoomBooking> bookingsBetween(LocalDateTime from, LocalDateTime to) {
    return jdbc.query(BOOKING_SELECT + """
         where b.cancelled_at is null and b.starts_at < ? and b.ends_at > ?
         order by b.starts_at, r.code""", (rs, i) -> booking(rs), Timestamp.valueOf(to), Timestamp.valueOf(from));
  }

  /** Active bookings touching [from, to) of meetings not cancelled (会议室使用率). */
  List<RoomBooking> bookingsOfMeetingsNotCancelled(LocalDateTime from, LocalDateTime to) {
    return jdbc.query(BOOKING_SELECT + """
         where b.cancelled_at is null and b.starts_at < ? and b.ends_at > ? and m.status <> 'CANCELLED'
         order by r.code, b.starts_at""", (rs, i) -> booking(rs), Timestamp.valueOf(to), Timestamp.valueOf(from));
  }

  public Optional<RoomBooking> activeBookingOf(long meetingId) {
    return jdbc.query(BOOKING_SELECT + " where b.meeting_id = ? and b.cancelled_at is null",
        (rs, i) -> booking(rs), meetingId).stream().findFirst();
  }

  /**
   * Inserts without any check: the caller holds the room lock and has checked. Should the
   * database still refuse the overlap (PostgreSQL's exclusion constraint), that is the same
   * conflict the check reports.
   */
  long insertBooking(long roomId, String roomCode, long meetingId, LocalDateTime startsAt, LocalDateTime endsAt,
      String bookedBy, LocalDateTime bookedAt, boolean provisional) {
    var keys = new GeneratedKeyHolder();
    try {
      jdbc.update(connection -> {
        var statement = connection.prepareStatement("""
            insert into room_booking (room_id, meeting_id, starts_at, ends_at, booked_by, booked_at, provisional)
            values (?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
        statement.setLong(1, roomId);
        statement.setLong(2, meetingId);
        statement.setTimestamp(3, Timestamp.valueOf(startsAt));
        statement.setTimestamp(4, Timestamp.valueOf(endsAt));
        statement.setString(5, bookedBy);
        statement.setTimestamp(6, Timestamp.valueOf(bookedAt));
        statement.setBoolean(7, provisional);
        return statement;
      }, keys);
    } catch (DataAccessException e) {
      if (EXCLUSION_VIOLATION.equals(sqlState(e))) {
        throw RoomConflictException.concurrent(roomCode);
      }
      throw e;
    }
    return keys.getKey().longValue();
  }

  /** Confirms the meeting's provisional booking; false if it has none (already decided or replaced). */
  boolean approveProvisionalBookingOf(long meetingId, String approvedBy, LocalDateTime at) {
    return jdbc.update("""
        update room_booking set provisional = false, approved_by = ?, approved_at = ?
         where meeting_id = ? and cancelled_at is null and provisional""",
        approvedBy, Timestamp.valueOf(at), meetingId) > 0;
  }

  int cancelBookingsOf(long meetingId, String cancelledBy, LocalDateTime at) {
    return jdbc.update("""
        update room_booking set cancelled_at = ?, cancelled_by = ? where meeting_id = ? and cancelled_at is null""",
        Timestamp.valueOf(at), cancelledBy, meetingId);
  }

  private List<Room> rooms(String sql, Object... args) {
    Map<Long, Room> byId = new LinkedHashMap<>();
    jdbc.query(sql, rs -> {
      long id = rs.getLong("id");
      byId.put(id, new Room(id, rs.getString("code"), rs.getString("name"), rs.getString("building"),
          rs.getInt("floor"), rs.getInt("capacity"), List.of(), rs.getBoolean("active"),
          rs.getBoolean("approval_required"), List.of()));
    }, args);
    if (byId.isEmpty()) {
      return List.of();
    }
    // Booking locks one room: read that room's equipment and periods only, not every room's.
    Long only = byId.size() == 1 ? byId.keySet().iterator().next() : null;
    Object[] roomArgs = only == null ? new Object[0] : new Object[] {only};
    String ofRoom = only == null ? "" : " where room_id = ?";
    Map<Long, List<String>> equipment = new LinkedHashMap<>();
    jdbc.query("select room_id, equipment_code from room_equipment" + ofRoom + " order by room_id, equipment_code",
        rs -> {
          equipment.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
        }, roomArgs);
    Map<Long, List<OutOfService>> outOfService = new LinkedHashMap<>();
    jdbc.query("select room_id, starts_at, ends_at, reason from room_out_of_service" + ofRoom
        + " order by room_id, starts_at",
        rs -> {
          outOfService.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new OutOfService(
              rs.getTimestamp(2).toLocalDateTime(), rs.getTimestamp(3).toLocalDateTime(), rs.getString(4)));
        }, roomArgs);
    return byId.values().stream()
        .map(r -> new Room(r.id(), r.code(), r.name(), r.building(), r.floor(), r.capacity(),
            equipment.getOrDefault(r.id(), List.of()), r.active(), r.approvalRequired(),
            outOfService.getOrDefault(r.id(), List.of())))
        .toList();
  }

  private static RoomBooking booking(ResultSet rs) throws SQLException {
    return new RoomBooking(rs.getLong("id"), rs.getString("room_code"), rs.getString("room_name"),
        rs.getLong("meeting_id"), rs.getString("meeting_title"), rs.getTimestamp("starts_at").toLocalDateTime(),
        rs.getTimestamp("ends_at").toLocalDateTime(), rs.getString("booked_by"),
        rs.getTimestamp("booked_at").toLocalDateTime(), rs.getBoolean("provisional"),
        rs.getBoolean("confidential"));
  }

  /** Meeting ids are positive: -1 excludes no meeting, without a typeless null parameter. */
  private static long orNone(Long meetingId) {
    return meetingId == null ? -1L : meetingId;
  }

  private static String sqlState(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return null;
  }
}
