package cn.gov.agency.meeting.reimbursement;

import cn.gov.agency.meeting.budget.BudgetLine;
import cn.gov.agency.meeting.reimbursement.ClaimAttachment.AttachmentKind;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ReimbursementRepository {

  /** Everything but the bytes: lists never load file contents. */
  private static final String INVOICE_SELECT = """
      select id, item_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at
        from reimbursement_invoice""";

  private static final RowMapper<Invoice> INVOICE = (rs, i) -> new Invoice(rs.getLong("id"), rs.getLong("item_id"),
      rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
      rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toLocalDateTime());

  private final JdbcTemplate jdbc;

  ReimbursementRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insertClaim(long meetingId, String processInstanceId, LocalDateTime now) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into reimbursement_claim (meeting_id, process_instance_id, status, opened_at) values (?, ?, ?, ?)""",
          new String[] {"id"});
      statement.setLong(1, meetingId);
      statement.setString(2, processInstanceId);
      statement.setString(3, ClaimStatus.DRAFTING.name());
      statement.setTimestamp(4, Timestamp.valueOf(now));
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  Optional<Claim> claimOf(long meetingId) {
    return jdbc.query("select * from reimbursement_claim where meeting_id = ?", (rs, i) -> claim(rs), meetingId)
        .stream().findFirst();
  }

  Optional<Claim> claim(long claimId) {
    return jdbc.query("select * from reimbursement_claim where id = ?", (rs, i) -> claim(rs), claimId)
        .stream().findFirst();
  }

  /**
   * The claim's status with its row locked until the transaction ends: edits, submission and
   * reviews of one claim wait for each other, so nothing slips in beside a submission.
   */
  Optional<ClaimStatus> lockStatus(long claimId) {
    return jdbc.queryForList("select status from reimbursement_claim where id = ? for update", String.class, claimId)
        .stream().findFirst().map(ClaimStatus::valueOf);
  }

  boolean changeStatus(long claimId, ClaimStatus from, ClaimStatus to) {
    return jdbc.update("update reimbursement_claim set status = ? where id = ? and status = ?",
        to.name(), claimId, from.name()) == 1;
  }

  boolean markReimbursed(long claimId, BigDecimal total, String actor, LocalDateTime now) {
    return jdbc.update("""
        update reimbursement_claim set status = ?, reimbursed_total = ?, reimbursed_by = ?, reimbursed_at = ?
         where id = ? and status = ?""", ClaimStatus.REIMBURSED.name(), total, actor, Timestamp.valueOf(now),
        claimId, ClaimStatus.IN_REVIEW.name()) == 1;
  }

  long insertItem(long claimId, BudgetLine line, BigDecimal amount, String description, String actor,
      LocalDateTime now) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into reimbursement_item (claim_id, line, amount, description, review_status, created_by, created_at,
                                          updated_at)
          values (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      statement.setLong(1, claimId);
      statement.setString(2, line.name());
      statement.setBigDecimal(3, amount);
      statement.setString(4, description);
      statement.setString(5, ItemStatus.PENDING.name());
      statement.setString(6, actor);
      statement.setTimestamp(7, Timestamp.valueOf(now));
      statement.setTimestamp(8, Timestamp.valueOf(now));
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  void updateItem(long itemId, BudgetLine line, BigDecimal amount, String description, LocalDateTime now) {
    jdbc.update("update reimbursement_item set line = ?, amount = ?, description = ?, updated_at = ? where id = ?",
        line.name(), amount, description, Timestamp.valueOf(now), itemId);
  }

  /** Removed items stay (with their invoices and reviews) for the record; they no longer count. */
  void removeItem(long itemId, LocalDateTime now) {
    jdbc.update("update reimbursement_item set removed = true, updated_at = ? where id = ?", Timestamp.valueOf(now),
        itemId);
  }

  void changeItemStatus(long itemId, ItemStatus status, String returnReason) {
    jdbc.update("update reimbursement_item set review_status = ?, return_reason = ? where id = ?",
        status.name(), returnReason, itemId);
  }

  /** A submission asks finance again about every item it has not accepted. */
  void reopenUnaccepted(long claimId) {
    jdbc.update("update reimbursement_item set review_status = ?, return_reason = null where claim_id = ? and not removed"
        + " and review_status <> ?", ItemStatus.PENDING.name(), claimId, ItemStatus.ACCEPTED.name());
  }

  /** The items that count, in the order they were entered, each with its invoices. */
  List<ClaimItem> items(long claimId) {
    Map<Long, List<Invoice>> invoices = jdbc.query(INVOICE_SELECT
            + " where item_id in (select id from reimbursement_item where claim_id = ?) order by id", INVOICE, claimId)
        .stream().collect(Collectors.groupingBy(Invoice::itemId));
    return jdbc.query("select * from reimbursement_item where claim_id = ? and not removed order by id",
        (rs, i) -> {
          BudgetLine line = BudgetLine.valueOf(rs.getString("line"));
          ItemStatus status = ItemStatus.valueOf(rs.getString("review_status"));
          long id = rs.getLong("id");
          return new ClaimItem(id, line, line.label(), money(rs.getBigDecimal("amount")), rs.getString("description"),
              status, status.label(), rs.getString("return_reason"), invoices.getOrDefault(id, List.of()));
        }, claimId);
  }

  long insertInvoice(long itemId, String fileName, String contentType, byte[] content, String sha256, String actor,
      LocalDateTime now) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into reimbursement_invoice (item_id, file_name, content_type, size_bytes, sha256, content, uploaded_by,
                                             uploaded_at)
          values (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      statement.setLong(1, itemId);
      statement.setString(2, fileName);
      statement.setString(3, contentType);
      statement.setLong(4, content.length);
      statement.setString(5, sha256);
      statement.setBytes(6, content);
      statement.setString(7, actor);
      statement.setTimestamp(8, Timestamp.valueOf(now));
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  /** An invoice of the meeting's claim (never another meeting's, whatever id is asked for). */
  Optional<Invoice> invoice(long claimId, long invoiceId) {
    return jdbc.query(INVOICE_SELECT + " where id = ? and item_id in (select id from reimbursement_item where claim_id = ?)",
        INVOICE, invoiceId, claimId).stream().findFirst();
  }

  byte[] invoiceContent(long invoiceId) {
    return jdbc.queryForObject("select content from reimbursement_invoice where id = ?", (rs, i) -> rs.getBytes(1),
        invoiceId);
  }

  void insertAttachment(long claimId, AttachmentKind kind, String title, String reference, LocalDateTime now) {
    jdbc.update("""
        insert into reimbursement_attachment (claim_id, kind, title, reference, attached_at) values (?, ?, ?, ?, ?)""",
        claimId, kind.name(), title, reference, Timestamp.valueOf(now));
  }

  List<ClaimAttachment> attachments(long claimId) {
    return jdbc.query("select * from reimbursement_attachment where claim_id = ? order by id", (rs, i) -> {
      AttachmentKind kind = AttachmentKind.valueOf(rs.getString("kind"));
      return new ClaimAttachment(kind, kind.label(), rs.getString("title"), rs.getString("reference"),
          rs.getTimestamp("attached_at").toLocalDateTime());
    }, claimId);
  }

  ClaimVersion insertVersion(long claimId, BigDecimal total, String actor, LocalDateTime now) {
    Integer last = jdbc.queryForObject("select max(version_no) from reimbursement_version where claim_id = ?",
        Integer.class, claimId);
    int versionNo = last == null ? 1 : last + 1;
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into reimbursement_version (claim_id, version_no, total, submitted_by, submitted_at)
          values (?, ?, ?, ?, ?)""", new String[] {"id"});
      statement.setLong(1, claimId);
      statement.setInt(2, versionNo);
      statement.setBigDecimal(3, total);
      statement.setString(4, actor);
      statement.setTimestamp(5, Timestamp.valueOf(now));
      return statement;
    }, keys);
    return new ClaimVersion(keys.getKey().longValue(), versionNo, total, actor, now);
  }

  /** Every submission, the first first. */
  List<ClaimVersion> versions(long claimId) {
    return jdbc.query("select * from reimbursement_version where claim_id = ? order by version_no",
        (rs, i) -> new ClaimVersion(rs.getLong("id"), rs.getInt("version_no"), money(rs.getBigDecimal("total")),
            rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toLocalDateTime()), claimId);
  }

  /** Finance may change its mind on an item while the same submission is in review: the last word counts. */
  void saveReview(long itemId, long versionId, BudgetLine line, BigDecimal amount, FinanceDecision decision,
      String reason, String actor, LocalDateTime now) {
    jdbc.update("delete from reimbursement_item_review where item_id = ? and version_id = ?", itemId, versionId);
    jdbc.update("""
        insert into reimbursement_item_review (item_id, version_id, line, amount, decision, reason, reviewed_by,
                                               reviewed_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""", itemId, versionId, line.name(), amount, decision.itemStatus().name(),
        reason, actor, Timestamp.valueOf(now));
  }

  List<ItemReview> reviews(long claimId) {
    return jdbc.query("""
        select r.*, v.version_no from reimbursement_item_review r join reimbursement_version v on v.id = r.version_id
         where v.claim_id = ? order by v.version_no, r.item_id""", (rs, i) -> {
          BudgetLine line = BudgetLine.valueOf(rs.getString("line"));
          ItemStatus decision = ItemStatus.valueOf(rs.getString("decision"));
          return new ItemReview(rs.getLong("item_id"), rs.getInt("version_no"), line, line.label(),
              money(rs.getBigDecimal("amount")), decision, decision.label(), rs.getString("reason"),
              rs.getString("reviewed_by"), rs.getTimestamp("reviewed_at").toLocalDateTime());
        }, claimId);
  }

  private static Claim claim(ResultSet rs) throws SQLException {
    Timestamp reimbursedAt = rs.getTimestamp("reimbursed_at");
    BigDecimal total = rs.getBigDecimal("reimbursed_total");
    return new Claim(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("process_instance_id"),
        ClaimStatus.valueOf(rs.getString("status")), rs.getTimestamp("opened_at").toLocalDateTime(),
        total == null ? null : money(total), rs.getString("reimbursed_by"),
        reimbursedAt == null ? null : reimbursedAt.toLocalDateTime());
  }

  private static BigDecimal money(BigDecimal value) {
    return value.setScale(2);
  }
}
