package cn.gov.agency.meeting.seating;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The seat_chart and seat tables. */
@Repository
class SeatingRepository {

  /** The chart's own facts, without its seats. */
  record ChartHead(long meetingId, ChartStatus status, String generatedBy, LocalDateTime generatedAt,
      String finalisedBy, LocalDateTime finalisedAt) {}

  /** A place as stored: who sits there by participant row. */
  record StoredSeat(long id, SeatArea area, int row, int number, Integer protocolNumber, String block,
      long attendeeId) {}

  /** A place to store when a chart is generated. */
  record NewSeat(SeatArea area, int row, int number, Integer protocolNumber, String block, long attendeeId) {}

  private final JdbcTemplate jdbc;

  SeatingRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<ChartHead> head(long meetingId) {
    return jdbc.query("select * from seat_chart where meeting_id = ?", (rs, i) -> {
      Timestamp finalisedAt = rs.getTimestamp("finalised_at");
      return new ChartHead(rs.getLong("meeting_id"), ChartStatus.valueOf(rs.getString("status")),
          rs.getString("generated_by"), rs.getTimestamp("generated_at").toLocalDateTime(),
          rs.getString("finalised_by"), finalisedAt == null ? null : finalisedAt.toLocalDateTime());
    }, meetingId).stream().findFirst();
  }

  List<StoredSeat> seats(long meetingId) {
    return jdbc.query("""
        select id, area, row_no, seat_no, protocol_no, block_label, attendee_id
          from seat where meeting_id = ? order by area desc, row_no, seat_no""",
        (rs, i) -> new StoredSeat(rs.getLong("id"), SeatArea.valueOf(rs.getString("area")), rs.getInt("row_no"),
            rs.getInt("seat_no"), rs.getObject("protocol_no", Integer.class), rs.getString("block_label"),
            rs.getLong("attendee_id")),
        meetingId);
  }

  /** Replaces a draft (or creates the chart) with freshly generated seats. */
  void replaceDraft(long meetingId, List<NewSeat> seats, String actor, LocalDateTime now) {
    jdbc.update("delete from seat where meeting_id = ?", meetingId);
    jdbc.update("delete from seat_chart where meeting_id = ?", meetingId);
    jdbc.update("insert into seat_chart (meeting_id, status, generated_by, generated_at) values (?, ?, ?, ?)",
        meetingId, ChartStatus.DRAFT.name(), actor, Timestamp.valueOf(now));
    jdbc.batchUpdate("""
        insert into seat (meeting_id, area, row_no, seat_no, protocol_no, block_label, attendee_id)
        values (?, ?, ?, ?, ?, ?, ?)""", seats, seats.size(), (ps, seat) -> {
          ps.setLong(1, meetingId);
          ps.setString(2, seat.area().name());
          ps.setInt(3, seat.row());
          ps.setInt(4, seat.number());
          ps.setObject(5, seat.protocolNumber());
          ps.setString(6, seat.block());
          ps.setLong(7, seat.attendeeId());
        });
  }

  /** The chart's status, its row locked until the transaction ends so swaps and finalising do not cross. */
  Optional<ChartStatus> lockStatus(long meetingId) {
    return jdbc.queryForList("select status from seat_chart where meeting_id = ? for update", String.class, meetingId)
        .stream().map(ChartStatus::valueOf).findFirst();
  }

  void seatAttendee(long seatId, long attendeeId) {
    jdbc.update("update seat set attendee_id = ? where id = ?", attendeeId, seatId);
  }

  /** False if the chart was no longer a draft (finalised meanwhile). */
  boolean finalise(long meetingId, String actor, LocalDateTime now) {
    return jdbc.update("""
        update seat_chart set status = ?, finalised_by = ?, finalised_at = ?
         where meeting_id = ? and status = ?""",
        ChartStatus.FINAL.name(), actor, Timestamp.valueOf(now), meetingId, ChartStatus.DRAFT.name()) == 1;
  }

  /** The agency's leaders (局领导): whoever leads a department; they take the rostrum unless the office says otherwise. */
  List<String> leaders() {
    return jdbc.queryForList("select distinct leader_user_id from department_leader", String.class);
  }
}
