package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.notice.Delivery.DeliveryStatus;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Moves of notified meetings, who is told of each and every message that told them. */
@Repository
class MoveRepository {

  private static final RowMapper<Move> MOVE = (rs, i) -> new Move(rs.getLong("id"), rs.getLong("meeting_id"),
      rs.getTimestamp("old_start").toLocalDateTime(), rs.getTimestamp("old_end").toLocalDateTime(),
      rs.getTimestamp("new_start").toLocalDateTime(), rs.getTimestamp("new_end").toLocalDateTime(),
      rs.getString("moved_by"), rs.getTimestamp("moved_at").toLocalDateTime(), rs.getBoolean("by_sms"),
      rs.getInt("sequence"));

  private static final RowMapper<MoveRecipient> RECIPIENT = (rs, i) -> new MoveRecipient(rs.getLong("id"),
      rs.getLong("move_id"), rs.getString("person_user_id"), CancellationRecipient.Role.valueOf(rs.getString("role")));

  /** A move that reached the person in the app, with what the meeting record says. */
  record InApp(Move move, String title, String place, boolean confidential) {}

  private final JdbcTemplate jdbc;

  MoveRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The highest SEQUENCE a move of the meeting has given its invitation so far (0: the notice's). */
  int lastSequence(long meetingId) {
    Integer last = jdbc.queryForObject("select max(sequence) from meeting_move where meeting_id = ?", Integer.class,
        meetingId);
    return last == null ? 0 : last;
  }

  long insert(long meetingId, LocalDateTime oldStart, LocalDateTime oldEnd, LocalDateTime newStart,
      LocalDateTime newEnd, String movedBy, LocalDateTime movedAt, boolean bySms, int sequence) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into meeting_move (meeting_id, old_start, old_end, new_start, new_end, moved_by, moved_at,
                                    by_sms, sequence)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      statement.setLong(1, meetingId);
      statement.setTimestamp(2, Timestamp.valueOf(oldStart));
      statement.setTimestamp(3, Timestamp.valueOf(oldEnd));
      statement.setTimestamp(4, Timestamp.valueOf(newStart));
      statement.setTimestamp(5, Timestamp.valueOf(newEnd));
      statement.setString(6, movedBy);
      statement.setTimestamp(7, Timestamp.valueOf(movedAt));
      statement.setBoolean(8, bySms);
      statement.setInt(9, sequence);
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  Optional<Move> find(long moveId) {
    return jdbc.query("select * from meeting_move where id = ?", MOVE, moveId).stream().findFirst();
  }

  void insertRecipient(long moveId, String userId, CancellationRecipient.Role role) {
    jdbc.update("insert into move_recipient (move_id, person_user_id, role) values (?, ?, ?)", moveId, userId,
        role.name());
  }

  List<MoveRecipient> recipients(long moveId) {
    return jdbc.query("select * from move_recipient where move_id = ? order by id", RECIPIENT, moveId);
  }

  Optional<DeliveryStatus> deliveryStatus(long recipientId, NoticeChannel channel) {
    return jdbc.queryForList("select status from move_delivery where recipient_id = ? and channel = ?",
        String.class, recipientId, channel.name()).stream().findFirst().map(DeliveryStatus::valueOf);
  }

  /** Throws DuplicateKeyException when the message already has a row (move_delivery_once). */
  void recordDelivery(long recipientId, NoticeChannel channel, DeliveryStatus status, LocalDateTime now) {
    jdbc.update("insert into move_delivery (recipient_id, channel, status, recorded_at) values (?, ?, ?, ?)",
        recipientId, channel.name(), status.name(), Timestamp.valueOf(now));
  }

  void changeDeliveryStatus(long recipientId, NoticeChannel channel, DeliveryStatus from, DeliveryStatus to,
      LocalDateTime now) {
    jdbc.update("""
        update move_delivery set status = ?, recorded_at = ?
         where recipient_id = ? and channel = ? and status = ?""",
        to.name(), Timestamp.valueOf(now), recipientId, channel.name(), from.name());
  }

  /** Forgets a message that certainly did not go out (the server refused it), so a retry sends it. */
  void forgetSending(long recipientId, NoticeChannel channel) {
    jdbc.update("delete from move_delivery where recipient_id = ? and channel = ? and status = ?",
        recipientId, channel.name(), DeliveryStatus.SENDING.name());
  }

  /**
   * The latest move of each meeting that reached the person in the app and is still ahead after
   * {@code after}; a meeting cancelled since is told as cancelled instead.
   */
  List<InApp> inAppOf(String userId, LocalDateTime after) {
    return jdbc.query("""
        select mv.*, m.title, m.place, m.confidential
          from move_recipient r
          join meeting_move mv on mv.id = r.move_id
          join meeting m on m.id = mv.meeting_id
          join move_delivery d on d.recipient_id = r.id and d.channel = ? and d.status = ?
         where r.person_user_id = ? and m.status <> 'CANCELLED' and mv.new_start > ?
           and mv.sequence = (select max(later.sequence) from meeting_move later where later.meeting_id = mv.meeting_id)
         order by mv.new_start, mv.meeting_id""",
        (rs, i) -> new InApp(MOVE.mapRow(rs, i), rs.getString("title"), rs.getString("place"),
            rs.getBoolean("confidential")),
        NoticeChannel.IN_APP.name(), DeliveryStatus.SENT.name(), userId, Timestamp.valueOf(after));
  }
}
