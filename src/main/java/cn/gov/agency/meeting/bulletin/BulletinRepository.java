package cn.gov.agency.meeting.bulletin;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The bulletin, bulletin_recipient and bulletin_delivery tables (V34_2). */
@Repository
class BulletinRepository {

  record Recipient(long id, long bulletinId, String personUserId) {}

  private final JdbcTemplate jdbc;

  BulletinRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long meetingId, String headline, String body, String link, boolean bySms, String createdBy,
      LocalDateTime at) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into bulletin (meeting_id, headline, body, link, by_sms, created_by, created_at)
          values (?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      statement.setLong(1, meetingId);
      statement.setString(2, headline);
      statement.setString(3, body);
      statement.setString(4, link);
      statement.setBoolean(5, bySms);
      statement.setString(6, createdBy);
      statement.setTimestamp(7, Timestamp.valueOf(at));
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  void insertRecipient(long bulletinId, String personUserId) {
    jdbc.update("insert into bulletin_recipient (bulletin_id, person_user_id) values (?, ?)", bulletinId,
        personUserId);
  }

  Optional<Bulletin> find(long id) {
    return jdbc.query("select * from bulletin where id = ?", (rs, i) -> new Bulletin(rs.getLong("id"),
        rs.getLong("meeting_id"), rs.getString("headline"), rs.getString("body"), rs.getString("link"),
        rs.getBoolean("by_sms"), rs.getString("created_by"), rs.getTimestamp("created_at").toLocalDateTime()), id)
        .stream().findFirst();
  }

  List<Recipient> recipients(long bulletinId) {
    return jdbc.query("select * from bulletin_recipient where bulletin_id = ? order by id",
        (rs, i) -> new Recipient(rs.getLong("id"), rs.getLong("bulletin_id"), rs.getString("person_user_id")),
        bulletinId);
  }

  Optional<BulletinDeliveryStatus> deliveryStatus(long recipientId, BulletinChannel channel) {
    return jdbc.queryForList("select status from bulletin_delivery where recipient_id = ? and channel = ?",
        String.class, recipientId, channel.name()).stream().findFirst().map(BulletinDeliveryStatus::valueOf);
  }

  void recordDelivery(long recipientId, BulletinChannel channel, BulletinDeliveryStatus status, LocalDateTime at) {
    jdbc.update("insert into bulletin_delivery (recipient_id, channel, status, recorded_at) values (?, ?, ?, ?)",
        recipientId, channel.name(), status.name(), Timestamp.valueOf(at));
  }

  void changeDeliveryStatus(long recipientId, BulletinChannel channel, BulletinDeliveryStatus from,
      BulletinDeliveryStatus to, LocalDateTime at) {
    jdbc.update("""
        update bulletin_delivery set status = ?, recorded_at = ?
        where recipient_id = ? and channel = ? and status = ?""",
        to.name(), Timestamp.valueOf(at), recipientId, channel.name(), from.name());
  }

  /** A failed hand-over: nothing went out, so the retry may send it. */
  void forgetSending(long recipientId, BulletinChannel channel) {
    jdbc.update("delete from bulletin_delivery where recipient_id = ? and channel = ? and status = ?", recipientId,
        channel.name(), BulletinDeliveryStatus.SENDING.name());
  }

  List<BulletinDelivery> deliveries(long bulletinId) {
    return jdbc.query("""
        select r.person_user_id, d.channel, d.status, d.recorded_at from bulletin_delivery d
        join bulletin_recipient r on r.id = d.recipient_id where r.bulletin_id = ? order by r.id, d.channel""",
        (rs, i) -> new BulletinDelivery(rs.getString("person_user_id"), BulletinChannel.valueOf(rs.getString("channel")),
            BulletinDeliveryStatus.valueOf(rs.getString("status")), rs.getTimestamp("recorded_at").toLocalDateTime()),
        bulletinId);
  }

  List<MyBulletin> inAppOf(String userId) {
    return jdbc.query("""
        select b.id, b.meeting_id, b.headline, b.body, b.link, d.recorded_at from bulletin b
        join bulletin_recipient r on r.bulletin_id = b.id
        join bulletin_delivery d on d.recipient_id = r.id and d.channel = 'IN_APP' and d.status = 'SENT'
        where r.person_user_id = ? order by d.recorded_at desc, b.id desc""",
        (rs, i) -> new MyBulletin(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("headline"),
            rs.getString("body"), rs.getString("link"), rs.getTimestamp("recorded_at").toLocalDateTime()), userId);
  }
}
