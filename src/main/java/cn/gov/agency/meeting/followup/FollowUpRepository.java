package cn.gov.agency.meeting.followup;

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

/** The follow_up and follow_up_step tables (V18). */
@Repository
class FollowUpRepository {

  /** One step as written; names and labels are added when read for people. */
  record NewStep(String action, String actorUserId, String actorDepartment, Integer progress, String text,
      String evidence, String quality, String effect) {

    static NewStep of(String action, String actorUserId, String actorDepartment) {
      return new NewStep(action, actorUserId, actorDepartment, null, null, null, null, null);
    }
  }

  /** A stored step before names are added. */
  record StoredStep(long id, long followUpId, String action, String actorUserId, String actorDepartment,
      Integer progress, String text, String evidence, String quality, String effect, LocalDateTime occurredAt) {}

  private static final String SELECT = """
      select f.*, d.name as department_name from follow_up f join department d on d.code = f.department_code
      """;

  private final JdbcTemplate jdbc;

  FollowUpRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(long meetingId, long resolutionId, int index, String text, String department, LocalDate deadline) {
    jdbc.update("""
        insert into follow_up (meeting_id, resolution_id, item_index, resolution_text, department_code, deadline,
                               status)
        values (?, ?, ?, ?, ?, ?, ?)""",
        meetingId, resolutionId, index, text, department, Date.valueOf(deadline), FollowUpStatus.OPEN.name());
  }

  Optional<FollowUp> find(long id) {
    return jdbc.query(SELECT + " where f.id = ?", this::followUp, id).stream().findFirst();
  }

  /** The follow-up a 决议督办 instance opened: the row stores its instance id. */
  Optional<FollowUp> findByProcessInstance(String processInstanceId) {
    return jdbc.query(SELECT + " where f.process_instance_id = ?", this::followUp, processInstanceId)
        .stream().findFirst();
  }

  Optional<FollowUp> find(long meetingId, int index) {
    return jdbc.query(SELECT + " where f.meeting_id = ? and f.item_index = ?", this::followUp, meetingId, index)
        .stream().findFirst();
  }

  List<FollowUp> ofMeeting(long meetingId) {
    return jdbc.query(SELECT + " where f.meeting_id = ? order by f.item_index", this::followUp, meetingId);
  }

  /** The follow-ups a department carries out, earliest deadline first. */
  List<FollowUp> ofDepartment(String departmentCode) {
    return jdbc.query(SELECT + " where f.department_code = ? order by f.deadline, f.id", this::followUp, departmentCode);
  }

  /** The follow-ups whose deadline falls in the year: the appraisal year of a resolution. */
  List<FollowUp> dueIn(int year) {
    return jdbc.query(SELECT + " where f.deadline >= ? and f.deadline < ? order by f.department_code, f.deadline, f.id",
        this::followUp, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year + 1, 1, 1)));
  }

  void linkProcess(long id, String processInstanceId) {
    jdbc.update("update follow_up set process_instance_id = ? where id = ?", processInstanceId, id);
  }

  void updateProgress(long id, int progress, FollowUpStatus status, LocalDateTime completedAt) {
    jdbc.update("update follow_up set progress = ?, status = ?, completed_at = ? where id = ?",
        progress, status.name(), completedAt == null ? null : Timestamp.valueOf(completedAt), id);
  }

  /** The first member of the department to report becomes its 承办人; later reports keep them. */
  void takeResponsibility(long id, String userId) {
    jdbc.update("update follow_up set responsible_user_id = ? where id = ? and responsible_user_id is null", userId, id);
  }

  void markOverdue(long id) {
    jdbc.update("update follow_up set overdue = true where id = ?", id);
  }

  void close(long id, Outcome outcome, String closedBy, LocalDateTime closedAt) {
    jdbc.update("update follow_up set status = ?, outcome = ?, closed_by = ?, closed_at = ? where id = ?",
        FollowUpStatus.CLOSED.name(), outcome.name(), closedBy, Timestamp.valueOf(closedAt), id);
  }

  void insertStep(long followUpId, NewStep step, LocalDateTime at) {
    jdbc.update("""
        insert into follow_up_step (follow_up_id, action, actor_user_id, actor_department, progress, step_text,
                                    evidence, quality, effect, occurred_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        followUpId, step.action(), step.actorUserId(), step.actorDepartment(), step.progress(), step.text(),
        step.evidence(), step.quality(), step.effect(), Timestamp.valueOf(at));
  }

  List<StoredStep> steps(long followUpId) {
    return jdbc.query("select * from follow_up_step where follow_up_id = ? order by occurred_at, id",
        (rs, i) -> new StoredStep(rs.getLong("id"), rs.getLong("follow_up_id"), rs.getString("action"),
            rs.getString("actor_user_id"), rs.getString("actor_department"), (Integer) rs.getObject("progress"),
            rs.getString("step_text"), rs.getString("evidence"), rs.getString("quality"), rs.getString("effect"),
            rs.getTimestamp("occurred_at").toLocalDateTime()),
        followUpId);
  }

  private FollowUp followUp(ResultSet rs, int row) throws SQLException {
    Timestamp completedAt = rs.getTimestamp("completed_at");
    Timestamp closedAt = rs.getTimestamp("closed_at");
    String outcome = rs.getString("outcome");
    return new FollowUp(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("resolution_id"),
        rs.getInt("item_index"), rs.getString("resolution_text"), rs.getString("department_code"),
        rs.getString("department_name"), rs.getDate("deadline").toLocalDate(),
        FollowUpStatus.valueOf(rs.getString("status")), rs.getInt("progress"), rs.getBoolean("overdue"),
        rs.getString("process_instance_id"), completedAt == null ? null : completedAt.toLocalDateTime(),
        outcome == null ? null : Outcome.valueOf(outcome), rs.getString("closed_by"),
        closedAt == null ? null : closedAt.toLocalDateTime(), rs.getString("responsible_user_id"));
  }
}
