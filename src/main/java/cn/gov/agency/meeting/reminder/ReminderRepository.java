package cn.gov.agency.meeting.reminder;

import cn.gov.agency.meeting.notice.Delivery.DeliveryStatus;
import cn.gov.agency.meeting.notice.NoticeChannel;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The reminders planned for meetings and every message each sent. */
@Repository
class ReminderRepository {

  private static final RowMapper<PlannedReminder> REMINDER = (rs, i) -> new PlannedReminder(rs.getLong("id"),
      rs.getLong("meeting_id"), ReminderKind.valueOf(rs.getString("kind")),
      rs.getTimestamp("remind_at").toLocalDateTime(), ReminderStatus.valueOf(rs.getString("status")));

  private final JdbcTemplate jdbc;

  ReminderRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<PlannedReminder> find(long reminderId) {
    return jdbc.query("select * from meeting_reminder where id = ?", REMINDER, reminderId).stream().findFirst();
  }

  Optional<PlannedReminder> find(long meetingId, ReminderKind kind, LocalDateTime remindAt) {
    return jdbc.query("select * from meeting_reminder where meeting_id = ? and kind = ? and remind_at = ?",
        REMINDER, meetingId, kind.name(), Timestamp.valueOf(remindAt)).stream().findFirst();
  }

  List<PlannedReminder> withStatus(long meetingId, ReminderStatus status) {
    return jdbc.query("select * from meeting_reminder where meeting_id = ? and status = ? order by remind_at, id",
        REMINDER, meetingId, status.name());
  }

  long insert(long meetingId, ReminderKind kind, LocalDateTime remindAt, ReminderStatus status, LocalDateTime now) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into meeting_reminder (meeting_id, kind, remind_at, status, recorded_at)
          values (?, ?, ?, ?, ?)""", new String[] {"id"});
      statement.setLong(1, meetingId);
      statement.setString(2, kind.name());
      statement.setTimestamp(3, Timestamp.valueOf(remindAt));
      statement.setString(4, status.name());
      statement.setTimestamp(5, Timestamp.valueOf(now));
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  boolean changeStatus(long reminderId, ReminderStatus to, LocalDateTime now) {
    return jdbc.update("update meeting_reminder set status = ?, recorded_at = ? where id = ? and status <> ?",
        to.name(), Timestamp.valueOf(now), reminderId, to.name()) == 1;
  }

  Optional<DeliveryStatus> deliveryStatus(long reminderId, String userId, NoticeChannel channel) {
    return jdbc.queryForList("""
        select status from meeting_reminder_delivery where reminder_id = ? and person_user_id = ? and channel = ?""",
        String.class, reminderId, userId, channel.name()).stream().findFirst().map(DeliveryStatus::valueOf);
  }

  /** Throws DuplicateKeyException when the message already has a row (meeting_reminder_delivery_once). */
  void recordDelivery(long reminderId, String userId, NoticeChannel channel, DeliveryStatus status, LocalDateTime now) {
    jdbc.update("""
        insert into meeting_reminder_delivery (reminder_id, person_user_id, channel, status, recorded_at)
        values (?, ?, ?, ?, ?)""", reminderId, userId, channel.name(), status.name(), Timestamp.valueOf(now));
  }

  boolean changeDeliveryStatus(long reminderId, String userId, NoticeChannel channel, DeliveryStatus from,
      DeliveryStatus to, LocalDateTime now) {
    return jdbc.update("""
        update meeting_reminder_delivery set status = ?, recorded_at = ?
         where reminder_id = ? and person_user_id = ? and channel = ? and status = ?""",
        to.name(), Timestamp.valueOf(now), reminderId, userId, channel.name(), from.name()) == 1;
  }

  /** Forgets a message that certainly did not go out (the server refused it), so a retry sends it. */
  void forgetSending(long reminderId, String userId, NoticeChannel channel) {
    jdbc.update("""
        delete from meeting_reminder_delivery
         where reminder_id = ? and person_user_id = ? and channel = ? and status = ?""",
        reminderId, userId, channel.name(), DeliveryStatus.SENDING.name());
  }

  int countDeliveries(long reminderId, DeliveryStatus status) {
    return jdbc.queryForObject("select count(*) from meeting_reminder_delivery where reminder_id = ? and status = ?",
        Integer.class, reminderId, status.name());
  }
}
