package cn.gov.agency.meeting.distribution;

import cn.gov.agency.meeting.notice.Delivery.DeliveryStatus;
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

/** Distributions of approved minutes, their recipients and every delivery. */
@Repository
class DistributionRepository {

  private static final RowMapper<Distribution> DISTRIBUTION = (rs, i) -> new Distribution(rs.getLong("id"),
      rs.getLong("meeting_id"), rs.getLong("minutes_version_id"), rs.getBoolean("confidential"),
      rs.getString("opened_by"), time(rs, "opened_at"), time(rs, "completed_at"));

  private static final RowMapper<MinutesRecipient> RECIPIENT = (rs, i) -> new MinutesRecipient(rs.getLong("id"),
      rs.getLong("distribution_id"), rs.getString("user_id"), RecipientReason.valueOf(rs.getString("reason")),
      rs.getString("department_code"), rs.getBoolean("full_text"), time(rs, "read_at"));

  private static final RowMapper<MinutesDelivery> DELIVERY = (rs, i) -> new MinutesDelivery(
      rs.getLong("recipient_id"), DistributionChannel.valueOf(rs.getString("channel")),
      DeliveryStatus.valueOf(rs.getString("status")), time(rs, "recorded_at"), rs.getString("recorded_by"));

  private final JdbcTemplate jdbc;

  DistributionRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long meetingId, long versionId, String processInstanceId, boolean confidential, String by,
      LocalDateTime now) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into minutes_distribution (meeting_id, minutes_version_id, process_instance_id, confidential,
                                            opened_by, opened_at)
          values (?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      statement.setLong(1, meetingId);
      statement.setLong(2, versionId);
      statement.setString(3, processInstanceId);
      statement.setBoolean(4, confidential);
      statement.setString(5, by);
      statement.setTimestamp(6, Timestamp.valueOf(now));
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  void insertRecipient(long distributionId, String userId, RecipientReason reason, String departmentCode,
      boolean fullText) {
    jdbc.update("""
        insert into minutes_recipient (distribution_id, user_id, reason, department_code, full_text)
        values (?, ?, ?, ?, ?)""", distributionId, userId, reason.name(), departmentCode, fullText);
  }

  Optional<Distribution> find(long distributionId) {
    return jdbc.query("select * from minutes_distribution where id = ?", DISTRIBUTION, distributionId).stream()
        .findFirst();
  }

  /** The distribution a 纪要印发 instance opened: the row stores its instance id. */
  Optional<Distribution> latestOfProcess(String processInstanceId) {
    return jdbc.query("select * from minutes_distribution where process_instance_id = ? order by id desc",
        DISTRIBUTION, processInstanceId).stream().findFirst();
  }

  Optional<Distribution> latestOf(long meetingId) {
    return jdbc.query("select * from minutes_distribution where meeting_id = ? order by id desc", DISTRIBUTION,
        meetingId).stream().findFirst();
  }

  void markCompleted(long distributionId, LocalDateTime now) {
    jdbc.update("update minutes_distribution set completed_at = ? where id = ? and completed_at is null",
        Timestamp.valueOf(now), distributionId);
  }

  List<MinutesRecipient> recipients(long distributionId) {
    return jdbc.query("select * from minutes_recipient where distribution_id = ? order by id", RECIPIENT,
        distributionId);
  }

  Optional<MinutesRecipient> recipient(long recipientId) {
    return jdbc.query("select * from minutes_recipient where id = ?", RECIPIENT, recipientId).stream().findFirst();
  }

  /** Records that the person read the minutes unless they already did; false if they had. */
  boolean markRead(long recipientId, LocalDateTime now) {
    return jdbc.update("update minutes_recipient set read_at = ? where id = ? and read_at is null",
        Timestamp.valueOf(now), recipientId) == 1;
  }

  List<MinutesDelivery> deliveries(long distributionId) {
    return jdbc.query("""
        select d.* from minutes_delivery d join minutes_recipient r on r.id = d.recipient_id
         where r.distribution_id = ? order by d.recipient_id, d.channel""", DELIVERY, distributionId);
  }

  Optional<DeliveryStatus> deliveryStatus(long recipientId, DistributionChannel channel) {
    return jdbc.queryForList("select status from minutes_delivery where recipient_id = ? and channel = ?",
        String.class, recipientId, channel.name()).stream().findFirst().map(DeliveryStatus::valueOf);
  }

  /** Throws DuplicateKeyException when the message already has a row (minutes_delivery_once). */
  void recordDelivery(long recipientId, DistributionChannel channel, DeliveryStatus status, String by,
      LocalDateTime now) {
    jdbc.update("""
        insert into minutes_delivery (recipient_id, channel, status, recorded_at, recorded_by)
        values (?, ?, ?, ?, ?)""", recipientId, channel.name(), status.name(), Timestamp.valueOf(now), by);
  }

  boolean changeDeliveryStatus(long recipientId, DistributionChannel channel, DeliveryStatus from,
      DeliveryStatus to, LocalDateTime now) {
    return jdbc.update("""
        update minutes_delivery set status = ?, recorded_at = ?
         where recipient_id = ? and channel = ? and status = ?""",
        to.name(), Timestamp.valueOf(now), recipientId, channel.name(), from.name()) == 1;
  }

  /** Forgets a message that certainly did not go out (the server refused it), so a retry sends it. */
  void forgetSending(long recipientId, DistributionChannel channel) {
    jdbc.update("delete from minutes_delivery where recipient_id = ? and channel = ? and status = ?",
        recipientId, channel.name(), DeliveryStatus.SENDING.name());
  }

  /** The minutes that reached the person in the app, newest meeting first. */
  List<MyMinutes> inAppMinutesOf(String userId) {
    return jdbc.query("""
        select r.id as recipient_id, m.id as meeting_id, m.title, m.planned_start, r.reason,
               dep.name as department_name, r.full_text, d.recorded_at as received_at, r.read_at
          from minutes_recipient r
          join minutes_distribution s on s.id = r.distribution_id
          join meeting m on m.id = s.meeting_id
          join minutes_delivery d on d.recipient_id = r.id and d.channel = 'IN_APP' and d.status = 'SENT'
          left join department dep on dep.code = r.department_code
         where r.user_id = ?
         order by m.planned_start desc, r.id desc""",
        (rs, i) -> new MyMinutes(rs.getLong("recipient_id"), rs.getLong("meeting_id"), rs.getString("title"),
            time(rs, "planned_start"), RecipientReason.valueOf(rs.getString("reason")).label(),
            rs.getString("department_name"), rs.getBoolean("full_text"), time(rs, "received_at"),
            time(rs, "read_at")),
        userId);
  }

  private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toLocalDateTime();
  }
}
