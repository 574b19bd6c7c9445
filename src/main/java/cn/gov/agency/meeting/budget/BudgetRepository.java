package cn.gov.agency.meeting.budget;

import cn.gov.agency.meeting.budget.BudgetVersion.LineAmount;
import cn.gov.agency.meeting.budget.BudgetVersion.Review;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class BudgetRepository {

  private final JdbcTemplate jdbc;

  BudgetRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The next version number; the unique (meeting, version) key refuses a concurrent duplicate. */
  long insertVersion(long meetingId, String processInstanceId, BudgetDraft draft, boolean adjustment, String actor,
      LocalDateTime now) {
    Integer last = jdbc.queryForObject("select max(version_no) from budget_version where meeting_id = ?",
        Integer.class, meetingId);
    int versionNo = last == null ? 1 : last + 1;
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into budget_version (meeting_id, version_no, process_instance_id, total, other_description,
                                      explanation, status, drafted_by, drafted_at, adjustment,
                                      estimate_difference_reason)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """, new String[] {"id"});
      statement.setLong(1, meetingId);
      statement.setInt(2, versionNo);
      statement.setString(3, processInstanceId);
      statement.setBigDecimal(4, draft.total());
      statement.setString(5, draft.otherDescription());
      statement.setString(6, draft.explanation());
      statement.setString(7, BudgetStatus.SUBMITTED.name());
      statement.setString(8, actor);
      statement.setTimestamp(9, Timestamp.valueOf(now));
      statement.setBoolean(10, adjustment);
      statement.setString(11, draft.estimateDifferenceReason());
      return statement;
    }, keys);
    long id = keys.getKey().longValue();
    for (BudgetLine line : BudgetLine.values()) {
      jdbc.update("insert into budget_line (budget_version_id, line, amount) values (?, ?, ?)",
          id, line.name(), draft.amount(line));
    }
    return id;
  }

  void linkProcess(long versionId, String placeholder, String processInstanceId) {
    if (jdbc.update("update budget_version set process_instance_id = ? where id = ? and process_instance_id = ?",
        processInstanceId, versionId, placeholder) != 1) {
      throw new IllegalStateException("Budget version " + versionId + " already has its process");
    }
  }

  /** Moves a version on only from the status it is expected in, so a stale review changes nothing. */
  boolean changeStatus(long versionId, BudgetStatus from, BudgetStatus to) {
    return jdbc.update("update budget_version set status = ? where id = ? and status = ?",
        to.name(), versionId, from.name()) == 1;
  }

  void insertReview(long versionId, Reviewer reviewer, ReviewDecision decision, String reviewerUserId,
      String comment, LocalDateTime now) {
    jdbc.update("""
        insert into budget_review (budget_version_id, reviewer_role, decision, reviewer_user_id, comment, decided_at)
        values (?, ?, ?, ?, ?, ?)
        """, versionId, reviewer.name(), decision.name(), reviewerUserId, comment, Timestamp.valueOf(now));
  }

  Optional<BudgetVersion> find(long versionId) {
    return jdbc.query("select * from budget_version where id = ?", (rs, i) -> map(rs), versionId)
        .stream().findFirst();
  }

  /** The latest version a process instance recorded (经费预算) or was started for (预算调整). */
  Optional<BudgetVersion> latestOfProcess(String processInstanceId) {
    return jdbc.query("select * from budget_version where process_instance_id = ? order by version_no desc",
        (rs, i) -> map(rs), processInstanceId).stream().findFirst();
  }

  /** Every version of the meeting's budget, the first first. */
  List<BudgetVersion> versionsOf(long meetingId) {
    return jdbc.query("select * from budget_version where meeting_id = ? order by version_no",
        (rs, i) -> map(rs), meetingId);
  }

  private BudgetVersion map(ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    return new BudgetVersion(id, rs.getLong("meeting_id"), rs.getInt("version_no"), rs.getBigDecimal("total"),
        lines(id), rs.getString("other_description"), rs.getString("explanation"),
        BudgetStatus.valueOf(rs.getString("status")), rs.getString("drafted_by"),
        rs.getTimestamp("drafted_at").toLocalDateTime(), reviews(id), rs.getBoolean("adjustment"),
        rs.getString("estimate_difference_reason"));
  }

  private List<LineAmount> lines(long versionId) {
    return jdbc.query("select line, amount from budget_line where budget_version_id = ?",
        (rs, i) -> LineAmount.of(BudgetLine.valueOf(rs.getString("line")), amount(rs.getBigDecimal("amount"))),
        versionId).stream().sorted(Comparator.comparing(LineAmount::line)).toList();
  }

  private List<Review> reviews(long versionId) {
    return jdbc.query("""
        select reviewer_role, decision, reviewer_user_id, comment, decided_at from budget_review
         where budget_version_id = ? order by decided_at, id
        """, (rs, i) -> Review.of(Reviewer.valueOf(rs.getString("reviewer_role")),
            ReviewDecision.valueOf(rs.getString("decision")), rs.getString("reviewer_user_id"),
            rs.getString("comment"), rs.getTimestamp("decided_at").toLocalDateTime()), versionId);
  }

  private static BigDecimal amount(BigDecimal value) {
    return value.setScale(2);
  }
}
