package cn.gov.agency.meeting.venue;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** One venue arrangement per meeting; booking again replaces it. */
@Repository
class VenueArrangementRepository {

  private final JdbcTemplate jdbc;

  VenueArrangementRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void saveBooking(long meetingId, long bookingId, List<String> requiredEquipment, String setupNotes,
      String arrangedBy, LocalDateTime at) {
    Object[] values = {bookingId, String.join(",", requiredEquipment), setupNotes, arrangedBy,
        Timestamp.valueOf(at), meetingId};
    if (jdbc.update("""
        update venue_arrangement set booking_id = ?, required_equipment = ?, setup_notes = ?, arranged_by = ?,
               arranged_at = ?, equipment_responsible = null, equipment_checked_by = null,
               equipment_checked_at = null, equipment_remarks = null
         where meeting_id = ?""", values) == 0) {
      jdbc.update("""
          insert into venue_arrangement (booking_id, required_equipment, setup_notes, arranged_by, arranged_at,
                                         meeting_id)
          values (?, ?, ?, ?, ?, ?)""", values);
    }
  }

  void saveEquipmentCheck(long meetingId, String responsible, String remarks, String checkedBy, LocalDateTime at) {
    jdbc.update("""
        update venue_arrangement set equipment_responsible = ?, equipment_remarks = ?, equipment_checked_by = ?,
               equipment_checked_at = ?
         where meeting_id = ?""", responsible, remarks, checkedBy, Timestamp.valueOf(at), meetingId);
  }

  Optional<VenueArrangement> find(long meetingId) {
    return jdbc.query("select * from venue_arrangement where meeting_id = ?", (rs, i) -> {
      Timestamp checkedAt = rs.getTimestamp("equipment_checked_at");
      String equipment = rs.getString("required_equipment");
      return new VenueArrangement(rs.getLong("meeting_id"), rs.getLong("booking_id"),
          equipment.isEmpty() ? List.of() : Arrays.asList(equipment.split(",")), rs.getString("setup_notes"),
          rs.getString("arranged_by"), rs.getTimestamp("arranged_at").toLocalDateTime(),
          rs.getString("equipment_responsible"), rs.getString("equipment_checked_by"),
          checkedAt == null ? null : checkedAt.toLocalDateTime(), rs.getString("equipment_remarks"));
    }, meetingId).stream().findFirst();
  }
}
