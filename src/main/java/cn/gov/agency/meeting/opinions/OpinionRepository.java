package cn.gov.agency.meeting.opinions;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The symposium_opinion and symposium_opinion_step tables (V34_3). */
@Repository
class OpinionRepository {

  record NewOpinion(long meetingId, long itemId, int index, String text, String raisedBy, String unit,
      String raiserUserId, String category, String departmentCode, LocalDate deadline) {}

  record StoredStep(long opinionId, String action, String actorUserId, String text, LocalDateTime occurredAt) {}

  private static final String SELECT = """
      select o.*, d.name as department_name from symposium_opinion o join department d on d.code = o.department_code
      """;

  private final JdbcTemplate jdbc;

  OpinionRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(NewOpinion o) {
    jdbc.update("""
        insert into symposium_opinion (meeting_id, opinion_item_id, item_index, opinion_text, raised_by, raiser_unit,
                                       raiser_user_id, category, department_code, deadline, status)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        o.meetingId(), o.itemId(), o.index(), o.text(), o.raisedBy(), o.unit(), o.raiserUserId(), o.category(),
        o.departmentCode(), Date.valueOf(o.deadline()), OpinionStatus.OPEN.name());
  }

  Optional<SymposiumOpinion> find(long id) {
    return jdbc.query(SELECT + " where o.id = ?", this::opinion, id).stream().findFirst();
  }

  Optional<SymposiumOpinion> find(long meetingId, int index) {
    return jdbc.query(SELECT + " where o.meeting_id = ? and o.item_index = ?", this::opinion, meetingId, index)
        .stream().findFirst();
  }

  Optional<SymposiumOpinion> findByProcessInstance(String processInstanceId) {
    return jdbc.query(SELECT + " where o.process_instance_id = ?", this::opinion, processInstanceId).stream()
        .findFirst();
  }

  List<SymposiumOpinion> ofMeeting(long meetingId) {
    return jdbc.query(SELECT + " where o.meeting_id = ? order by o.item_index", this::opinion, meetingId);
  }

  void linkProcess(long id, String processInstanceId) {
    jdbc.update("update symposium_opinion set process_instance_id = ? where id = ?", processInstanceId, id);
  }

  void reportAnswer(long id, String handling, String answer, String by, LocalDateTime at) {
    jdbc.update("""
        update symposium_opinion set handling_text = ?, answer_text = ?, answered_by = ?, reported_at = ?, status = ?
        where id = ?""", handling, answer, by, Timestamp.valueOf(at), OpinionStatus.ANSWER_REPORTED.name(), id);
  }

  void status(long id, OpinionStatus status) {
    jdbc.update("update symposium_opinion set status = ? where id = ?", status.name(), id);
  }

  void answered(long id, boolean inTime, LocalDateTime at) {
    jdbc.update("update symposium_opinion set status = ?, answered_in_time = ?, answered_at = ? where id = ?",
        OpinionStatus.ANSWERED.name(), inTime, Timestamp.valueOf(at), id);
  }

  void markOverdue(long id) {
    jdbc.update("update symposium_opinion set overdue = true where id = ?", id);
  }

  void linkBulletin(long id, long bulletinId) {
    jdbc.update("update symposium_opinion set bulletin_id = ? where id = ?", bulletinId, id);
  }

  /** When the answer now accepted was reported: in time or late is judged on it. */
  LocalDateTime reportedAt(long id) {
    Timestamp at = jdbc.queryForObject("select reported_at from symposium_opinion where id = ?", Timestamp.class, id);
    return at == null ? null : at.toLocalDateTime();
  }

  void insertStep(long opinionId, String action, String actor, String actorDepartment, String text,
      LocalDateTime at) {
    jdbc.update("""
        insert into symposium_opinion_step (opinion_id, action, actor_user_id, actor_department, step_text, occurred_at)
        values (?, ?, ?, ?, ?, ?)""", opinionId, action, actor, actorDepartment, text, Timestamp.valueOf(at));
  }

  List<StoredStep> steps(long opinionId) {
    return jdbc.query("select * from symposium_opinion_step where opinion_id = ? order by occurred_at, id",
        (rs, i) -> new StoredStep(rs.getLong("opinion_id"), rs.getString("action"), rs.getString("actor_user_id"),
            rs.getString("step_text"), rs.getTimestamp("occurred_at").toLocalDateTime()), opinionId);
  }

  private SymposiumOpinion opinion(ResultSet rs, int row) throws SQLException {
    Timestamp answeredAt = rs.getTimestamp("answered_at");
    long bulletin = rs.getLong("bulletin_id");
    Long bulletinId = rs.wasNull() ? null : bulletin;
    return new SymposiumOpinion(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("opinion_item_id"),
        rs.getInt("item_index"), rs.getString("opinion_text"), rs.getString("raised_by"), rs.getString("raiser_unit"),
        rs.getString("raiser_user_id"), rs.getString("category"), rs.getString("department_code"),
        rs.getString("department_name"), rs.getDate("deadline").toLocalDate(),
        OpinionStatus.valueOf(rs.getString("status")), rs.getBoolean("overdue"), rs.getString("handling_text"),
        rs.getString("answer_text"), rs.getString("answered_by"),
        answeredAt == null ? null : answeredAt.toLocalDateTime(), (Boolean) rs.getObject("answered_in_time"),
        rs.getString("process_instance_id"), bulletinId);
  }
}
