package cn.gov.agency.meeting.materials;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class MaterialsRepository {

  /** Everything but the bytes: lists never load file contents. */
  private static final String FILE_SELECT = """
      select f.id, f.meeting_id, f.kind, f.file_version, f.file_name, f.content_type, f.size_bytes, f.sha256,
             f.uploaded_by, p.family_name || p.given_name as uploader_name, f.uploaded_at
        from material_file f left join person p on p.user_id = f.uploaded_by
      """;

  private static final RowMapper<MaterialFile> FILE = (rs, i) -> new MaterialFile(rs.getLong("id"),
      rs.getLong("meeting_id"), rs.getString("kind"), rs.getInt("file_version"), rs.getString("file_name"),
      rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
      rs.getString("uploader_name"), rs.getTimestamp("uploaded_at").toLocalDateTime());

  private final JdbcTemplate jdbc;

  MaterialsRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Opens the materials of a meeting, or opens them again for a new preparation of the same meeting. */
  void open(long meetingId, String processInstanceId, LocalDateTime now) {
    if (jdbc.update("""
        update meeting_materials set process_instance_id = ?, status = ?, updated_at = ? where meeting_id = ?""",
        processInstanceId, MaterialsStatus.OPEN.name(), Timestamp.valueOf(now), meetingId) == 0) {
      jdbc.update("""
          insert into meeting_materials (meeting_id, process_instance_id, status, opened_at, updated_at)
          values (?, ?, ?, ?, ?)""", meetingId, processInstanceId, MaterialsStatus.OPEN.name(),
          Timestamp.valueOf(now), Timestamp.valueOf(now));
    }
  }

  /**
   * The status, with the row locked until the transaction ends: an upload and the submission of the
   * same meeting's materials wait for each other, so no upload slips in beside a submission.
   */
  Optional<MaterialsStatus> lockStatus(long meetingId) {
    return jdbc.queryForList("select status from meeting_materials where meeting_id = ? for update", String.class,
        meetingId).stream().findFirst().map(MaterialsStatus::valueOf);
  }

  Optional<State> state(long meetingId) {
    return jdbc.query("select status, late from meeting_materials where meeting_id = ?",
        (rs, i) -> new State(MaterialsStatus.valueOf(rs.getString("status")), rs.getBoolean("late")), meetingId)
        .stream().findFirst();
  }

  boolean changeStatus(long meetingId, MaterialsStatus from, MaterialsStatus to, LocalDateTime now) {
    return jdbc.update("update meeting_materials set status = ?, updated_at = ? where meeting_id = ? and status = ?",
        to.name(), Timestamp.valueOf(now), meetingId, from.name()) == 1;
  }

  /** True only the first time: the deadline is recorded as missed once per meeting. */
  boolean markLate(long meetingId, LocalDateTime now) {
    return jdbc.update("update meeting_materials set late = true, updated_at = ? where meeting_id = ? and not late",
        Timestamp.valueOf(now), meetingId) == 1;
  }

  int nextVersion(long meetingId, String kind) {
    Integer last = jdbc.queryForObject("select max(file_version) from material_file where meeting_id = ? and kind = ?",
        Integer.class, meetingId, kind);
    return last == null ? 1 : last + 1;
  }

  long insertFile(long meetingId, String kind, int version, String fileName, String contentType, byte[] content,
      String sha256, String uploadedBy, LocalDateTime now) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into material_file (meeting_id, kind, file_version, file_name, content_type, size_bytes, sha256,
                                     content, uploaded_by, uploaded_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      statement.setLong(1, meetingId);
      statement.setString(2, kind);
      statement.setInt(3, version);
      statement.setString(4, fileName);
      statement.setString(5, contentType);
      statement.setLong(6, content.length);
      statement.setString(7, sha256);
      statement.setBytes(8, content);
      statement.setString(9, uploadedBy);
      statement.setTimestamp(10, Timestamp.valueOf(now));
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  /** Every version of every kind, newest version first within a kind. */
  List<MaterialFile> files(long meetingId) {
    return jdbc.query(FILE_SELECT + " where f.meeting_id = ? order by f.kind, f.file_version desc", FILE, meetingId);
  }

  Optional<MaterialFile> file(long meetingId, long fileId) {
    return jdbc.query(FILE_SELECT + " where f.meeting_id = ? and f.id = ?", FILE, meetingId, fileId)
        .stream().findFirst();
  }

  byte[] content(long fileId) {
    return jdbc.queryForObject("select content from material_file where id = ?", (rs, i) -> rs.getBytes(1), fileId);
  }

  long insertSubmission(long meetingId, String submittedBy, String note, int participantCount, int spareCopies,
      List<Long> fileIds, LocalDateTime now) {
    Integer lastRound = jdbc.queryForObject(
        "select max(submission_round) from material_submission where meeting_id = ?", Integer.class, meetingId);
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into material_submission (meeting_id, submission_round, submitted_by, submitted_at, note,
                                           participant_count, spare_copies, print_copies)
          values (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      statement.setLong(1, meetingId);
      statement.setInt(2, lastRound == null ? 1 : lastRound + 1);
      statement.setString(3, submittedBy);
      statement.setTimestamp(4, Timestamp.valueOf(now));
      statement.setString(5, note);
      statement.setInt(6, participantCount);
      statement.setInt(7, spareCopies);
      statement.setInt(8, participantCount + spareCopies);
      return statement;
    }, keys);
    long id = keys.getKey().longValue();
    jdbc.batchUpdate("insert into material_submission_file (submission_id, file_id) values (?, ?)", fileIds, 100,
        (statement, fileId) -> {
          statement.setLong(1, id);
          statement.setLong(2, fileId);
        });
    return id;
  }

  /** Records the review only on a submission not yet reviewed, so a repeated step changes nothing. */
  boolean recordReview(long submissionId, MaterialsDecision decision, String comment, String reviewer,
      LocalDateTime now) {
    return jdbc.update("""
        update material_submission set decision = ?, review_comment = ?, reviewed_by = ?, reviewed_at = ?
         where id = ? and decision is null""",
        decision.name(), comment, reviewer, Timestamp.valueOf(now), submissionId) == 1;
  }

  List<MaterialSubmission> submissions(long meetingId) {
    return jdbc.query("select * from material_submission where meeting_id = ? order by submission_round desc",
        (rs, i) -> submission(rs), meetingId);
  }

  private List<Long> submittedFileIds(long submissionId) {
    return jdbc.queryForList("select file_id from material_submission_file where submission_id = ? order by file_id",
        Long.class, submissionId);
  }

  private MaterialSubmission submission(ResultSet rs) throws SQLException {
    String decision = rs.getString("decision");
    Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
    long id = rs.getLong("id");
    return new MaterialSubmission(id, rs.getLong("meeting_id"), rs.getInt("submission_round"),
        rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toLocalDateTime(), rs.getString("note"),
        rs.getInt("participant_count"), rs.getInt("spare_copies"), rs.getInt("print_copies"),
        decision == null ? null : MaterialsDecision.valueOf(decision), rs.getString("review_comment"),
        rs.getString("reviewed_by"), reviewedAt == null ? null : reviewedAt.toLocalDateTime(), submittedFileIds(id));
  }

  record State(MaterialsStatus status, boolean late) {}
}
