package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.meeting.Participant;
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

/** The notices of meetings, their recipients, deliveries and confirmations. */
@Repository
class NoticeRepository {

  private static final String NOTICE_COLUMNS = """
      id, meeting_id, process_instance_id, requirements, preparations, theme, theme_requirements, late,
      late_reason, important, status, drafted_by, drafted_at, sent_at""";

  private static final RowMapper<Notice> NOTICE = (rs, i) -> new Notice(rs.getLong("id"),
      rs.getLong("meeting_id"), rs.getString("process_instance_id"), rs.getString("requirements"),
      rs.getString("preparations"), rs.getString("theme"), rs.getString("theme_requirements"),
      rs.getBoolean("late"), rs.getString("late_reason"), rs.getBoolean("important"),
      NoticeStatus.valueOf(rs.getString("status")), rs.getString("drafted_by"),
      time(rs, "drafted_at"), time(rs, "sent_at"));

  private static final RowMapper<NoticeRecipient> RECIPIENT = (rs, i) -> {
    String method = rs.getString("confirmation_method");
    return new NoticeRecipient(rs.getLong("id"), rs.getLong("notice_id"), rs.getString("person_user_id"),
        rs.getString("guest_name"), rs.getString("guest_unit"), rs.getString("token"), time(rs, "confirmed_at"),
        rs.getString("confirmed_by"), method == null ? null : ConfirmationMethod.valueOf(method),
        rs.getString("confirmation_note"));
  };

  private static final RowMapper<Delivery> DELIVERY = (rs, i) -> new Delivery(rs.getLong("recipient_id"),
      NoticeChannel.valueOf(rs.getString("channel")), rs.getInt("send_round"),
      DeliveryStatus.valueOf(rs.getString("status")), time(rs, "recorded_at"), rs.getString("recorded_by"));

  private final JdbcTemplate jdbc;

  NoticeRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long meetingId, String processInstanceId, NoticeDraft draft, boolean important, String document,
      String draftedBy, LocalDateTime now) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into meeting_notice (meeting_id, process_instance_id, requirements, preparations, theme,
                                      theme_requirements, late, late_reason, important, document, status,
                                      drafted_by, drafted_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      statement.setLong(1, meetingId);
      statement.setString(2, processInstanceId);
      statement.setString(3, draft.requirements());
      statement.setString(4, draft.preparations());
      statement.setString(5, draft.theme());
      statement.setString(6, draft.themeRequirements());
      statement.setBoolean(7, draft.late());
      statement.setString(8, draft.lateReason());
      statement.setBoolean(9, important);
      statement.setString(10, document);
      statement.setString(11, NoticeStatus.SENDING.name());
      statement.setString(12, draftedBy);
      statement.setTimestamp(13, Timestamp.valueOf(now));
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  void insertRecipient(long noticeId, Participant participant, String token) {
    jdbc.update("""
        insert into notice_recipient (notice_id, person_user_id, guest_name, guest_unit, token)
        values (?, ?, ?, ?, ?)""",
        noticeId, participant.personUserId(), participant.guestName(), participant.guestUnit(), token);
  }

  Optional<Notice> find(long noticeId) {
    return jdbc.query("select " + NOTICE_COLUMNS + " from meeting_notice where id = ?", NOTICE, noticeId)
        .stream().findFirst();
  }

  /** The notice a 会议通知 instance drafted (the latest, should it draft again): the row stores its instance id. */
  Optional<Notice> latestOfProcess(String processInstanceId) {
    return jdbc.query("select " + NOTICE_COLUMNS + " from meeting_notice where process_instance_id = ? order by id desc",
        NOTICE, processInstanceId).stream().findFirst();
  }

  /** A meeting's current notice: the latest drafted. */
  Optional<Notice> latestOf(long meetingId) {
    return jdbc.query("select " + NOTICE_COLUMNS + " from meeting_notice where meeting_id = ? order by id desc",
        NOTICE, meetingId).stream().findFirst();
  }

  String document(long noticeId) {
    return jdbc.queryForObject("select document from meeting_notice where id = ?", String.class, noticeId);
  }

  boolean changeStatus(long noticeId, NoticeStatus from, NoticeStatus to) {
    return jdbc.update("update meeting_notice set status = ? where id = ? and status = ?",
        to.name(), noticeId, from.name()) == 1;
  }

  void markSent(long noticeId, LocalDateTime now) {
    jdbc.update("update meeting_notice set status = ?, sent_at = ? where id = ? and status = ?",
        NoticeStatus.SENT.name(), Timestamp.valueOf(now), noticeId, NoticeStatus.SENDING.name());
  }

  List<NoticeRecipient> recipients(long noticeId) {
    return jdbc.query("select * from notice_recipient where notice_id = ? order by id", RECIPIENT, noticeId);
  }

  Optional<NoticeRecipient> recipient(long recipientId) {
    return jdbc.query("select * from notice_recipient where id = ?", RECIPIENT, recipientId).stream().findFirst();
  }

  Optional<NoticeRecipient> recipientByToken(String token) {
    return jdbc.query("select * from notice_recipient where token = ?", RECIPIENT, token).stream().findFirst();
  }

  /** Records a confirmation unless there already is one; false if there was. */
  boolean confirm(long recipientId, ConfirmationMethod method, String by, String note, LocalDateTime now) {
    return jdbc.update("""
        update notice_recipient set confirmed_at = ?, confirmed_by = ?, confirmation_method = ?, confirmation_note = ?
         where id = ? and confirmed_at is null""",
        Timestamp.valueOf(now), by, method.name(), note, recipientId) == 1;
  }

  List<Delivery> deliveries(long noticeId) {
    return jdbc.query("""
        select d.* from notice_delivery d join notice_recipient r on r.id = d.recipient_id
         where r.notice_id = ? order by d.recipient_id, d.send_round, d.channel""", DELIVERY, noticeId);
  }

  List<Delivery> deliveriesTo(long recipientId) {
    return jdbc.query("select * from notice_delivery where recipient_id = ? order by send_round, channel",
        DELIVERY, recipientId);
  }

  Optional<DeliveryStatus> deliveryStatus(long recipientId, NoticeChannel channel, int round) {
    return jdbc.queryForList(
        "select status from notice_delivery where recipient_id = ? and channel = ? and send_round = ?",
        String.class, recipientId, channel.name(), round).stream().findFirst().map(DeliveryStatus::valueOf);
  }

  /** Throws DuplicateKeyException when the message already has a row (notice_delivery_once). */
  void recordDelivery(long recipientId, NoticeChannel channel, int round, DeliveryStatus status, String by,
      LocalDateTime now) {
    jdbc.update("""
        insert into notice_delivery (recipient_id, channel, send_round, status, recorded_at, recorded_by)
        values (?, ?, ?, ?, ?, ?)""", recipientId, channel.name(), round, status.name(), Timestamp.valueOf(now), by);
  }

  boolean changeDeliveryStatus(long recipientId, NoticeChannel channel, int round, DeliveryStatus from,
      DeliveryStatus to, LocalDateTime now) {
    return jdbc.update("""
        update notice_delivery set status = ?, recorded_at = ?
         where recipient_id = ? and channel = ? and send_round = ? and status = ?""",
        to.name(), Timestamp.valueOf(now), recipientId, channel.name(), round, from.name()) == 1;
  }

  /** Forgets a message that certainly did not go out (the server refused it), so a retry sends it. */
  void forgetSending(long recipientId, NoticeChannel channel, int round) {
    jdbc.update("delete from notice_delivery where recipient_id = ? and channel = ? and send_round = ? and status = ?",
        recipientId, channel.name(), round, DeliveryStatus.SENDING.name());
  }

  /** The person's notices that reached them in the app, newest meeting first. */
  List<MyNotice> inAppNoticesOf(String userId) {
    return jdbc.query("""
        select r.id as recipient_id, m.id as meeting_id, m.title, m.planned_start, m.place,
               min(d.recorded_at) as received_at, r.confirmed_at
          from notice_recipient r
          join meeting_notice n on n.id = r.notice_id
          join meeting m on m.id = n.meeting_id
          join notice_delivery d on d.recipient_id = r.id and d.channel = 'IN_APP'
         where r.person_user_id = ?
         group by r.id, m.id, m.title, m.planned_start, m.place, r.confirmed_at
         order by m.planned_start desc, r.id desc""",
        (rs, i) -> new MyNotice(rs.getLong("recipient_id"), rs.getLong("meeting_id"), rs.getString("title"),
            time(rs, "planned_start"), rs.getString("place"), time(rs, "received_at"), time(rs, "confirmed_at")),
        userId);
  }

  private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toLocalDateTime();
  }
}
