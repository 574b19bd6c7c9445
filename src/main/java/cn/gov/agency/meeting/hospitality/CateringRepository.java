package cn.gov.agency.meeting.hospitality;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CateringRepository {

  private final JdbcTemplate jdbc;

  CateringRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A meeting has one catering arrangement: arranging again replaces it. */
  long replace(long meetingId, CateringPlan plan, String actor, LocalDateTime now) {
    jdbc.update("delete from catering_arrangement where meeting_id = ?", meetingId);
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into catering_arrangement (meeting_id, caterer_code, caterer_name, standard_per_person, menu,
                                            head_count, meal_count, agreement_reference, arranged_by, arranged_at,
                                            responsible_user_id)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """, new String[] {"id"});
      statement.setLong(1, meetingId);
      statement.setString(2, plan.caterer().code());
      statement.setString(3, plan.caterer().name());
      statement.setBigDecimal(4, plan.standardPerPerson());
      statement.setString(5, plan.menu());
      statement.setInt(6, plan.headCount());
      statement.setInt(7, plan.mealCount());
      statement.setString(8, plan.agreementReference());
      statement.setString(9, actor);
      statement.setTimestamp(10, Timestamp.valueOf(now));
      statement.setString(11, plan.responsibleUserId());
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  Optional<CateringArrangement> findByMeeting(long meetingId) {
    return jdbc.query("select * from catering_arrangement where meeting_id = ?", (rs, i) -> new CateringArrangement(
        rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("caterer_code"), rs.getString("caterer_name"),
        rs.getBigDecimal("standard_per_person").setScale(2), rs.getString("menu"), rs.getInt("head_count"),
        rs.getInt("meal_count"), rs.getString("agreement_reference"), rs.getString("arranged_by"),
        rs.getTimestamp("arranged_at").toLocalDateTime(), rs.getString("responsible_user_id")), meetingId).stream().findFirst();
  }
}
