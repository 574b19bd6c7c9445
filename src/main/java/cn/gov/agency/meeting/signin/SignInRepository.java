package cn.gov.agency.meeting.signin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class SignInRepository {

  private final JdbcTemplate jdbc;

  SignInRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** False if the meeting's sign-in was opened before. */
  boolean insertSession(long meetingId, SignInWindow window, String issuedBy, LocalDateTime now) {
    if (session(meetingId).isPresent()) {
      return false;
    }
    jdbc.update("""
        insert into sign_in_session (meeting_id, opens_at, late_after, closes_at, issued_by, issued_at)
        values (?, ?, ?, ?, ?, ?)""", meetingId, ts(window.opensAt()), ts(window.lateAfter()),
        ts(window.closesAt()), issuedBy, ts(now));
    return true;
  }

  Optional<SignInSession> session(long meetingId) {
    return jdbc.query("select * from sign_in_session where meeting_id = ?",
        (rs, i) -> new SignInSession(rs.getLong("meeting_id"),
            new SignInWindow(time(rs, "opens_at"), time(rs, "late_after"), time(rs, "closes_at")),
            time(rs, "closed_at")), meetingId).stream().findFirst();
  }

  /** The window the attendance was judged by is kept with the totals. False if it was already closed. */
  boolean close(long meetingId, SignInWindow window, AttendanceTotals totals, LocalDateTime now) {
    return jdbc.update("""
        update sign_in_session set opens_at = ?, late_after = ?, closes_at = ?, closed_at = ?, present_count = ?,
                                   late_count = ?, on_leave_count = ?, substituted_count = ?, absent_count = ?,
                                   early_departure_count = ?, left_without_permission_count = ?
         where meeting_id = ? and closed_at is null""", ts(window.opensAt()), ts(window.lateAfter()),
        ts(window.closesAt()), ts(now), totals.present(), totals.late(), totals.onLeave(), totals.substituted(),
        totals.absent(), totals.earlyDeparture(), totals.leftWithoutPermission(), meetingId) == 1;
  }

  void insertCode(String code, long meetingId, long attendeeId, String personUserId, LocalDateTime now) {
    jdbc.update("""
        insert into sign_in_code (code, meeting_id, attendee_id, person_user_id, issued_at) values (?, ?, ?, ?, ?)""",
        code, meetingId, attendeeId, personUserId, ts(now));
  }

  Optional<SignInCode> byCode(String code) {
    return jdbc.query("select * from sign_in_code where code = ?", SignInRepository::map, code).stream().findFirst();
  }

  Optional<SignInCode> byAttendee(long attendeeId) {
    return jdbc.query("select * from sign_in_code where attendee_id = ?", SignInRepository::map, attendeeId)
        .stream().findFirst();
  }

  List<SignInCode> ofMeeting(long meetingId) {
    return jdbc.query("select * from sign_in_code where meeting_id = ? order by attendee_id", SignInRepository::map,
        meetingId);
  }

  /** Codes of this person in sign-ins not yet closed. */
  List<SignInCode> openCodesOf(String userId) {
    return jdbc.query("""
        select c.* from sign_in_code c join sign_in_session s on s.meeting_id = c.meeting_id
         where c.person_user_id = ? and s.closed_at is null order by s.opens_at""", SignInRepository::map, userId);
  }

  /**
   * Signs the code's participant in unless they already are: only one of any number of concurrent
   * attempts changes the row, the database decides which.
   */
  boolean markSignedIn(long attendeeId, LocalDateTime at, SignInMethod method, String verifiedBy, String note) {
    return jdbc.update("""
        update sign_in_code set signed_in_at = ?, method = ?, verified_by = ?, note = ?
         where attendee_id = ? and signed_in_at is null""", ts(at), method.name(), verifiedBy, note, attendeeId) == 1;
  }

  /**
   * Records that the participant left before the end unless that is recorded already or they never
   * signed in: like the sign-in, one of concurrent attempts wins.
   */
  boolean markSignedOut(long attendeeId, SignOut signOut) {
    return jdbc.update("""
        update sign_in_code set signed_out_at = ?, departure = ?, sign_out_method = ?, signed_out_by = ?,
                                sign_out_note = ?
         where attendee_id = ? and signed_in_at is not null and signed_out_at is null""", ts(signOut.at()),
        signOut.departure().name(), signOut.method().name(), signOut.recordedBy(), signOut.note(), attendeeId) == 1;
  }

  private static SignInCode map(ResultSet rs, int row) throws SQLException {
    String method = rs.getString("method");
    return new SignInCode(rs.getLong("id"), rs.getString("code"), rs.getLong("meeting_id"), rs.getLong("attendee_id"),
        rs.getString("person_user_id"), time(rs, "signed_in_at"), method == null ? null : SignInMethod.valueOf(method),
        rs.getString("verified_by"), rs.getString("note"), signOut(rs));
  }

  private static SignOut signOut(ResultSet rs) throws SQLException {
    LocalDateTime at = time(rs, "signed_out_at");
    return at == null ? null : new SignOut(at, Departure.valueOf(rs.getString("departure")),
        SignInMethod.valueOf(rs.getString("sign_out_method")), rs.getString("signed_out_by"),
        rs.getString("sign_out_note"));
  }

  private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toLocalDateTime();
  }

  private static Timestamp ts(LocalDateTime time) {
    return Timestamp.valueOf(time);
  }
}
