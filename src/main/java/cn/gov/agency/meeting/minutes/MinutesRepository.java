package cn.gov.agency.meeting.minutes;

import cn.gov.agency.meeting.minutes.MinutesContent.Finding;
import cn.gov.agency.meeting.minutes.MinutesContent.Opinion;
import cn.gov.agency.meeting.minutes.MinutesContent.Resolution;
import cn.gov.agency.meeting.minutes.MinutesContent.Speaker;
import cn.gov.agency.meeting.minutes.MinutesVersion.AttendeeLine;
import cn.gov.agency.meeting.minutes.MinutesVersion.ExchangeMaterial;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class MinutesRepository {

  static final int DRAFT_NO = 0;

  private static final String ITEMS = """
      select i.*, d.name as department_name from minutes_item i
        left join department d on d.code = i.department_code
       where i.version_id = ? and i.kind = ? order by i.row_no""";

  private final JdbcTemplate jdbc;

  MinutesRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record State(long meetingId, String processInstanceId, String recorderUserId, MinutesStatus status) {}

  void open(long meetingId, String processInstanceId, String recorder, LocalDateTime now) {
    jdbc.update("""
        insert into minutes (meeting_id, process_instance_id, recorder_user_id, status, opened_at)
        values (?, ?, ?, ?, ?)""", meetingId, processInstanceId, recorder, MinutesStatus.DRAFTING.name(),
        Timestamp.valueOf(now));
  }

  Optional<State> state(long meetingId) {
    return jdbc.query("select * from minutes where meeting_id = ?", (rs, i) -> new State(rs.getLong("meeting_id"),
        rs.getString("process_instance_id"), rs.getString("recorder_user_id"),
        MinutesStatus.valueOf(rs.getString("status"))), meetingId).stream().findFirst();
  }

  /** Locks the meeting's minutes row, so a draft saved and a submission never interleave. */
  Optional<MinutesStatus> lockStatus(long meetingId) {
    return jdbc.queryForList("select status from minutes where meeting_id = ? for update", String.class, meetingId)
        .stream().findFirst().map(MinutesStatus::valueOf);
  }

  boolean changeStatus(long meetingId, MinutesStatus from, MinutesStatus to) {
    return jdbc.update("update minutes set status = ? where meeting_id = ? and status = ?",
        to.name(), meetingId, from.name()) == 1;
  }

  /** The working draft replaced by what the recorder saved: its text and all its rows. */
  long saveDraft(long meetingId, MinutesContent minutes, String writer, LocalDateTime now) {
    Optional<Long> existing = jdbc.queryForList("select id from minutes_version where meeting_id = ? and version_no = ?",
        Long.class, meetingId, DRAFT_NO).stream().findFirst();
    if (existing.isEmpty()) {
      return insertVersion(meetingId, DRAFT_NO, VersionStatus.DRAFT, minutes, List.of(), List.of(), writer, now);
    }
    long id = existing.get();
    jdbc.update("delete from minutes_item where version_id = ?", id);
    jdbc.update("""
        update minutes_version set started_at = ?, ended_at = ?, place = ?, content = ?, discussion = ?,
                                   written_by = ?, written_at = ?
         where id = ?""", timestamp(minutes.startedAt()), timestamp(minutes.endedAt()), minutes.place(),
        minutes.content(), minutes.discussion(), writer, Timestamp.valueOf(now), id);
    insertContentItems(id, minutes);
    return id;
  }

  /** A submitted version: the next number; the unique (meeting, number) key refuses a concurrent duplicate. */
  long insertSubmitted(long meetingId, MinutesContent minutes, List<AttendeeLine> attendees,
      List<ExchangeMaterial> materials, String writer, LocalDateTime now) {
    Integer last = jdbc.queryForObject("select max(version_no) from minutes_version where meeting_id = ?",
        Integer.class, meetingId);
    int versionNo = last == null ? 1 : Math.max(last, DRAFT_NO) + 1;
    return insertVersion(meetingId, versionNo, VersionStatus.SUBMITTED, minutes, attendees, materials, writer, now);
  }

  boolean changeVersionStatus(long versionId, VersionStatus from, VersionStatus to) {
    return jdbc.update("update minutes_version set status = ? where id = ? and status = ?",
        to.name(), versionId, from.name()) == 1;
  }

  void insertReview(long versionId, MinutesReviewer reviewer, MinutesDecision decision, String reviewerUserId,
      String comment, LocalDateTime now) {
    jdbc.update("""
        insert into minutes_review (version_id, reviewer_role, decision, reviewer_user_id, comment, decided_at)
        values (?, ?, ?, ?, ?, ?)""", versionId, reviewer.name(), decision.name(), reviewerUserId, comment,
        Timestamp.valueOf(now));
  }

  Optional<MinutesVersion> draft(long meetingId) {
    return jdbc.query("select * from minutes_version where meeting_id = ? and version_no = ?",
        (rs, i) -> map(rs), meetingId, DRAFT_NO).stream().findFirst();
  }

  Optional<MinutesVersion> find(long versionId) {
    return jdbc.query("select * from minutes_version where id = ? and version_no > 0", (rs, i) -> map(rs), versionId)
        .stream().findFirst();
  }

  /** Every submitted version, the first first. */
  List<MinutesVersion> versionsOf(long meetingId) {
    return jdbc.query("select * from minutes_version where meeting_id = ? and version_no > 0 order by version_no",
        (rs, i) -> map(rs), meetingId);
  }

  private long insertVersion(long meetingId, int versionNo, VersionStatus status, MinutesContent minutes,
      List<AttendeeLine> attendees, List<ExchangeMaterial> materials, String writer, LocalDateTime now) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into minutes_version (meeting_id, version_no, status, started_at, ended_at, place, content,
                                       discussion, written_by, written_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      statement.setLong(1, meetingId);
      statement.setInt(2, versionNo);
      statement.setString(3, status.name());
      statement.setTimestamp(4, timestamp(minutes.startedAt()));
      statement.setTimestamp(5, timestamp(minutes.endedAt()));
      statement.setString(6, minutes.place());
      statement.setString(7, minutes.content());
      statement.setString(8, minutes.discussion());
      statement.setString(9, writer);
      statement.setTimestamp(10, Timestamp.valueOf(now));
      return statement;
    }, keys);
    long id = keys.getKey().longValue();
    insertContentItems(id, minutes);
    for (int i = 0; i < attendees.size(); i++) {
      AttendeeLine a = attendees.get(i);
      insertItem(id, MinutesItemKind.ATTENDEE, i, a.position(), null, null, a.name(), a.unit(),
          Attendance.stored(a.attendance(), a.departure()), null);
    }
    for (int i = 0; i < materials.size(); i++) {
      ExchangeMaterial m = materials.get(i);
      insertItem(id, MinutesItemKind.MATERIAL, i, m.fileName(), null, null, m.uploadedBy(), null,
          Integer.toString(m.version()), m.fileId());
    }
    return id;
  }

  private void insertContentItems(long versionId, MinutesContent minutes) {
    for (int i = 0; i < minutes.resolutions().size(); i++) {
      Resolution r = minutes.resolutions().get(i);
      insertItem(versionId, MinutesItemKind.RESOLUTION, i, r.text(), r.department(), r.deadline(), null, null, null, null);
    }
    for (int i = 0; i < minutes.results().size(); i++) {
      Finding f = minutes.results().get(i);
      insertItem(versionId, MinutesItemKind.RESULT, i, f.text(), f.department(), null, null, null, null, null);
    }
    for (int i = 0; i < minutes.proposals().size(); i++) {
      Finding f = minutes.proposals().get(i);
      insertItem(versionId, MinutesItemKind.PROPOSAL, i, f.text(), f.department(), null, null, null, null, null);
    }
    for (int i = 0; i < minutes.speakers().size(); i++) {
      Speaker s = minutes.speakers().get(i);
      insertItem(versionId, MinutesItemKind.SPEAKER, i, s.topic(), null, null, s.name(), s.unit(), null, null);
    }
    for (int i = 0; i < minutes.opinions().size(); i++) {
      Opinion o = minutes.opinions().get(i);
      insertItem(versionId, MinutesItemKind.OPINION, i, o.text(), o.department(), null, o.raisedBy(), o.unit(),
          o.category(), null);
    }
  }

  private void insertItem(long versionId, MinutesItemKind kind, int rowNo, String text, String department,
      LocalDate deadline, String personName, String personUnit, String category, Long materialFileId) {
    jdbc.update("""
        insert into minutes_item (version_id, kind, row_no, item_text, department_code, deadline, person_name,
                                  person_unit, category, material_file_id)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", versionId, kind.name(), rowNo, text, department,
        deadline == null ? null : Date.valueOf(deadline), personName, personUnit, category, materialFileId);
  }

  private MinutesVersion map(ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    MinutesContent minutes = new MinutesContent(localDateTime(rs.getTimestamp("started_at")),
        localDateTime(rs.getTimestamp("ended_at")), rs.getString("place"), rs.getString("content"),
        rs.getString("discussion"),
        items(id, MinutesItemKind.RESOLUTION, (r, i) -> new Resolution(r.getLong("id"), r.getString("item_text"),
            r.getString("department_code"), r.getString("department_name"), localDate(r.getDate("deadline")))),
        items(id, MinutesItemKind.RESULT, MinutesRepository::finding),
        items(id, MinutesItemKind.PROPOSAL, MinutesRepository::finding),
        items(id, MinutesItemKind.SPEAKER, (r, i) -> new Speaker(r.getLong("id"), r.getString("person_name"),
            r.getString("person_unit"), r.getString("item_text"))),
        items(id, MinutesItemKind.OPINION, (r, i) -> new Opinion(r.getLong("id"), r.getString("item_text"),
            r.getString("person_name"), r.getString("person_unit"), r.getString("category"),
            r.getString("department_code"), r.getString("department_name"))));
    List<AttendeeLine> attendees = items(id, MinutesItemKind.ATTENDEE, (r, i) -> new AttendeeLine(
        r.getString("person_name"), r.getString("person_unit"), r.getString("item_text"),
        Attendance.attendanceOf(r.getString("category")), Attendance.label(Attendance.attendanceOf(r.getString("category"))),
        Attendance.departureOf(r.getString("category"))));
    List<ExchangeMaterial> materials = items(id, MinutesItemKind.MATERIAL, (r, i) -> new ExchangeMaterial(
        r.getLong("material_file_id"), r.getString("item_text"), Integer.parseInt(r.getString("category")),
        r.getString("person_name")));
    return new MinutesVersion(id, rs.getLong("meeting_id"), rs.getInt("version_no"),
        VersionStatus.valueOf(rs.getString("status")), minutes, attendees, materials, rs.getString("written_by"),
        rs.getTimestamp("written_at").toLocalDateTime(), reviews(id));
  }

  private <T> List<T> items(long versionId, MinutesItemKind kind, RowMapper<T> mapper) {
    return jdbc.query(ITEMS, mapper, versionId, kind.name());
  }

  private static Finding finding(ResultSet r, int i) throws SQLException {
    return new Finding(r.getLong("id"), r.getString("item_text"), r.getString("department_code"),
        r.getString("department_name"));
  }

  private List<MinutesVersion.Review> reviews(long versionId) {
    return jdbc.query("""
        select r.*, p.family_name || p.given_name as reviewer_name from minutes_review r
          left join person p on p.user_id = r.reviewer_user_id
         where r.version_id = ? order by r.decided_at, r.id""", (rs, i) -> {
          MinutesReviewer reviewer = MinutesReviewer.valueOf(rs.getString("reviewer_role"));
          MinutesDecision decision = MinutesDecision.valueOf(rs.getString("decision"));
          return new MinutesVersion.Review(reviewer, reviewer.label(), decision, decision.label(),
              rs.getString("reviewer_user_id"), rs.getString("reviewer_name"), rs.getString("comment"),
              rs.getTimestamp("decided_at").toLocalDateTime());
        }, versionId);
  }

  private static Timestamp timestamp(LocalDateTime time) {
    return time == null ? null : Timestamp.valueOf(time);
  }

  private static LocalDateTime localDateTime(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toLocalDateTime();
  }

  private static LocalDate localDate(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
