package cn.gov.agency.meeting.hospitality;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AccommodationRepository {

  private final JdbcTemplate jdbc;

  AccommodationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A meeting has one accommodation arrangement: arranging again replaces it and its rooms. */
  long replace(long meetingId, AccommodationPlan plan, List<Room> rooms, String actor, LocalDateTime now) {
    jdbc.update("""
        delete from accommodation_occupant where room_id in (select r.id from accommodation_room r
          join accommodation_arrangement a on a.id = r.arrangement_id where a.meeting_id = ?)""", meetingId);
    jdbc.update("""
        delete from accommodation_room where arrangement_id in
          (select id from accommodation_arrangement where meeting_id = ?)""", meetingId);
    jdbc.update("delete from accommodation_arrangement where meeting_id = ?", meetingId);
    long id = insertArrangement(meetingId, plan, actor, now);
    for (Room room : rooms) {
      long roomId = insert("insert into accommodation_room (arrangement_id, room_no, gender, to_confirm) values (?, ?, ?, ?)",
          id, room.roomNo(), room.gender(), room.toConfirm());
      for (Lodger lodger : room.occupants()) {
        jdbc.update("insert into accommodation_occupant (room_id, person_user_id, guest_name, guest_unit) values (?, ?, ?, ?)",
            roomId, lodger.personUserId(), lodger.guestName(), lodger.guestUnit());
      }
    }
    return id;
  }

  Optional<AccommodationArrangement> findByMeeting(long meetingId) {
    return jdbc.query("select * from accommodation_arrangement where meeting_id = ?", (rs, i) -> {
      long id = rs.getLong("id");
      return new AccommodationArrangement(id, rs.getLong("meeting_id"), rs.getString("hotel_code"),
          rs.getString("hotel_name"), rs.getString("hotel_address"), rs.getString("hotel_agreement_number"),
          rs.getBigDecimal("standard_per_room_night").setScale(2), rs.getTimestamp("check_in").toLocalDateTime(),
          rs.getTimestamp("check_out").toLocalDateTime(), rs.getString("arranged_by"),
          rs.getTimestamp("arranged_at").toLocalDateTime(), rooms(id), rs.getString("responsible_user_id"));
    }, meetingId).stream().findFirst();
  }

  private List<Room> rooms(long arrangementId) {
    return jdbc.query("select id, room_no, gender, to_confirm from accommodation_room where arrangement_id = ? order by room_no",
        (rs, i) -> new Room(rs.getInt("room_no"), rs.getString("gender"), rs.getBoolean("to_confirm"),
            occupants(rs.getLong("id"))), arrangementId);
  }

  private List<Lodger> occupants(long roomId) {
    return jdbc.query("""
        select o.person_user_id, o.guest_name, o.guest_unit, p.family_name || p.given_name as person_name,
               p.gender, d.name as department_name
          from accommodation_occupant o
          left join person p on p.user_id = o.person_user_id
          left join department d on d.code = p.department_code
         where o.room_id = ? order by o.id
        """, (rs, i) -> rs.getString("person_user_id") == null
            ? Lodger.guest(rs.getString("guest_name"), rs.getString("guest_unit"))
            : Lodger.person(rs.getString("person_user_id"), rs.getString("person_name"),
                rs.getString("department_name"), rs.getString("gender")), roomId);
  }

  private long insertArrangement(long meetingId, AccommodationPlan plan, String actor, LocalDateTime now) {
    return insert("""
        insert into accommodation_arrangement (meeting_id, hotel_code, hotel_name, hotel_address,
            hotel_agreement_number, standard_per_room_night, check_in, check_out, arranged_by, arranged_at,
            responsible_user_id)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """, meetingId, plan.hotel().code(), plan.hotel().name(), plan.hotel().address(),
        plan.hotel().agreementNumber(), plan.standardPerRoomNight(), Timestamp.valueOf(plan.checkIn()),
        Timestamp.valueOf(plan.checkOut()), actor, Timestamp.valueOf(now), plan.responsibleUserId());
  }

  private long insert(String sql, Object... values) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement(sql, new String[] {"id"});
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }
}
