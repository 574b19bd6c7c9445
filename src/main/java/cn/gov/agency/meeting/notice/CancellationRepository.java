package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.notice.Delivery.DeliveryStatus;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Cancelled meetings, who is told and every message that told them. */
@Repository
class CancellationRepository {

  private static final RowMapper<Cancellation> CANCELLATION = (rs, i) -> new Cancellation(rs.getLong("meeting_id"),
      rs.getString("reason"), rs.getString("cancelled_by"), rs.getTimestamp("cancelled_at").toLocalDateTime(),
      rs.getBoolean("by_email"), rs.getBoolean("by_sms"));

  private static final RowMapper<CancellationRecipient> RECIPIENT = (rs, i) -> new CancellationRecipient(
      rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("person_user_id"),
      CancellationRecipient.Role.valueOf(rs.getString("role")));

  /** A cancellation that reached the person in the app, with what the meeting record says. */
  record InApp(Cancellation cancellation, String title, LocalDateTime plannedStart, LocalDateTime plannedEnd,
      String place, boolean confidential) {}

  private final JdbcTemplate jdbc;

  CancellationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Cancellation cancellation) {
    jdbc.update("""
        insert into meeting_cancellation (meeting_id, reason, cancelled_by, cancelled_at, by_email, by_sms)
        values (?, ?, ?, ?, ?, ?)""", cancellation.meetingId(), cancellation.reason(), cancellation.cancelledBy(),
        Timestamp.valueOf(cancellation.cancelledAt()), cancellation.byEmail(), cancellation.bySms());
  }

  Optional<Cancellation> find(long meetingId) {
    return jdbc.query("select * from meeting_cancellation where meeting_id = ?", CANCELLATION, meetingId).stream()
        .findFirst();
  }

  void insertRecipient(long meetingId, String userId, CancellationRecipient.Role role) {
    jdbc.update("insert into cancellation_recipient (meeting_id, person_user_id, role) values (?, ?, ?)",
        meetingId, userId, role.name());
  }

  List<CancellationRecipient> recipients(long meetingId) {
    return jdbc.query("select * from cancellation_recipient where meeting_id = ? order by id", RECIPIENT, meetingId);
  }

  Optional<DeliveryStatus> deliveryStatus(long recipientId, NoticeChannel channel) {
    return jdbc.queryForList("select status from cancellation_delivery where recipient_id = ? and channel = ?",
        String.class, recipientId, channel.name()).stream().findFirst().map(DeliveryStatus::valueOf);
  }

  /** Throws DuplicateKeyException when the message already has a row (cancellation_delivery_once). */
  void recordDelivery(long recipientId, NoticeChannel channel, DeliveryStatus status, LocalDateTime now) {
    jdbc.update("""
        insert into cancellation_delivery (recipient_id, channel, status, recorded_at) values (?, ?, ?, ?)""",
        recipientId, channel.name(), status.name(), Timestamp.valueOf(now));
  }

  void changeDeliveryStatus(long recipientId, NoticeChannel channel, DeliveryStatus from, DeliveryStatus to,
      LocalDateTime now) {
    jdbc.update("""
        update cancellation_delivery set status = ?, recorded_at = ?
         where recipient_id = ? and channel = ? and status = ?""",
        to.name(), Timestamp.valueOf(now), recipientId, channel.name(), from.name());
  }

  /** Forgets a message that certainly did not go out (the server refused it), so a retry sends it. */
  void forgetSending(long recipientId, NoticeChannel channel) {
    jdbc.update("delete from cancellation_delivery where recipient_id = ? and channel = ? and status = ?",
        recipientId, channel.name(), DeliveryStatus.SENDING.name());
  }

  /** The cancellations that reached the person in the app, of meetings that would have started after {@code after}. */
  List<InApp> inAppOf(String userId, LocalDateTime after) {
    return jdbc.query("""
        select c.*, m.title, m.planned_start, m.planned_end, m.place, m.confidential
          from cancellation_recipient r
          join meeting_cancellation c on c.meeting_id = r.meeting_id
          join meeting m on m.id = r.meeting_id
          join cancellation_delivery d on d.recipient_id = r.id and d.channel = ? and d.status = ?
         where r.person_user_id = ? and m.planned_start > ?
         order by m.planned_start, m.id""",
        (rs, i) -> new InApp(CANCELLATION.mapRow(rs, i), rs.getString("title"),
            rs.getTimestamp("planned_start").toLocalDateTime(), rs.getTimestamp("planned_end").toLocalDateTime(),
            rs.getString("place"), rs.getBoolean("confidential")),
        NoticeChannel.IN_APP.name(), DeliveryStatus.SENT.name(), userId, Timestamp.valueOf(after));
  }
}
