package cn.gov.agency.meeting.reimbursement;

import cn.gov.agency.meeting.upload.FileFacts;
import cn.gov.agency.meeting.upload.UploadFileNames;
import cn.gov.agency.meeting.upload.UploadFileType;
import cn.gov.agency.meeting.budget.BudgetCeiling;
import cn.gov.agency.meeting.budget.BudgetLine;
import cn.gov.agency.meeting.budget.BudgetService;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.notice.Notice;
import cn.gov.agency.meeting.notice.NoticeService;
import cn.gov.agency.meeting.reimbursement.ClaimAttachment.AttachmentKind;
import cn.gov.agency.meeting.validation.Fields;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import cn.gov.agency.meeting.validation.Violations;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 经费报销 (R6.2): after the meeting the host department claims its expenses item by item in the
 * budget lines, with invoices; the notice and the sign-in sheet come from the meeting. Nothing is
 * claimed beyond the approved budget, line by line and in total (a 预算调整 raises it first).
 * Finance accepts or returns each item; when all are accepted the claim is reimbursed.
 */
@Service
public class ReimbursementService {

  private static final String SUBJECT = "经费报销";
  private static final int MAX_DESCRIPTION = 500;
  private static final int MAX_TEXT = 2000;

  private final ReimbursementRepository claims;
  private final Meetings meetings;
  private final MeetingEvents events;
  private final BudgetService budgets;
  private final NoticeService notices;
  private final ReimbursementSettings settings;
  private final Clock clock;
  private final String publicBaseUrl;

  ReimbursementService(ReimbursementRepository claims, Meetings meetings, MeetingEvents events,
      BudgetService budgets, NoticeService notices, ReimbursementSettings settings, Clock clock,
      @Value("${meeting.public-base-url}") String publicBaseUrl) {
    this.claims = claims;
    this.meetings = meetings;
    this.events = events;
    this.budgets = budgets;
    this.notices = notices;
    this.settings = settings;
    this.clock = clock;
    this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
        : publicBaseUrl;
  }

  public static String pagePath(long meetingId) {
    return "/app/meetings/" + meetingId + "/reimbursement";
  }

  /**
   * The meeting was held: its claim is opened for drafting, with the current notice (if one was
   * sent) and the sign-in sheet attached from the meeting.
   */
  @Transactional
  public Opened open(long meetingId, String processInstanceId, String actor) {
    MeetingRecord meeting = meeting(meetingId);
    if (meeting.status() != MeetingStatus.HELD) {
      throw new IllegalStateException("Meeting " + meetingId + " is " + meeting.status() + ", not HELD: nothing to claim yet");
    }
    if (claims.claimOf(meetingId).isPresent()) {
      throw new IllegalStateException("Meeting " + meetingId + " already has its claim");
    }
    LocalDateTime now = now();
    long claimId = claims.insertClaim(meetingId, processInstanceId, now);
    List<String> attached = new ArrayList<>();
    currentNotice(meetingId).ifPresent(notice -> {
      claims.insertAttachment(claimId, AttachmentKind.NOTICE, "会议通知（" + notice.statusLabel() + "）",
          "/app/meetings/" + meetingId + "/notice", now);
      attached.add(AttachmentKind.NOTICE.label());
    });
    claims.insertAttachment(claimId, AttachmentKind.SIGN_IN_SHEET, "签到表",
        "/app/meetings/" + meetingId + "/sign-in-sheet", now);
    attached.add(AttachmentKind.SIGN_IN_SHEET.label());
    events.record(meetingId, ReimbursementVariables.STAGE, "OPENED", actor, "已附：" + String.join("、", attached));
    return new Opened(claimId, publicBaseUrl + pagePath(meetingId));
  }

  @Transactional
  public ClaimItem addItem(long meetingId, Map<String, ?> values, String actor) {
    Claim claim = editableClaim(meetingId);
    ItemInput input = readItem(values);
    if (claims.items(claim.id()).size() >= settings.maxItems()) {
      throw InvalidInputException.of(SUBJECT, new Violation("items", "报销明细", "max-items",
          "一张报销单最多 " + settings.maxItems() + " 项明细"));
    }
    long id = claims.insertItem(claim.id(), input.line(), input.amount(), input.description(), actor, now());
    ClaimItem item = item(claim.id(), id);
    events.record(meetingId, ReimbursementVariables.STAGE, "ITEM_ADDED", actor, item.title());
    return item;
  }

  @Transactional
  public ClaimItem updateItem(long meetingId, long itemId, Map<String, ?> values, String actor) {
    Claim claim = editableClaim(meetingId);
    ClaimItem before = changeableItem(claim, itemId);
    ItemInput input = readItem(values);
    claims.updateItem(itemId, input.line(), input.amount(), input.description(), now());
    ClaimItem after = item(claim.id(), itemId);
    events.record(meetingId, ReimbursementVariables.STAGE, "ITEM_CHANGED", actor, before.title() + " 改为 " + after.title());
    return after;
  }

  @Transactional
  public void removeItem(long meetingId, long itemId, String actor) {
    Claim claim = editableClaim(meetingId);
    ClaimItem item = changeableItem(claim, itemId);
    claims.removeItem(itemId, now());
    events.record(meetingId, ReimbursementVariables.STAGE, "ITEM_REMOVED", actor, item.title());
  }

  /**
   * Keeps one invoice file of an item. Refused unless the claim is being drafted and the file's
   * name, size, extension and content are acceptable (an executable renamed .pdf is not a PDF).
   */
  @Transactional
  public Invoice uploadInvoice(long meetingId, long itemId, String givenName, byte[] content, String actor) {
    Claim claim = editableClaim(meetingId);
    ClaimItem item = changeableItem(claim, itemId);
    Violations violations = new Violations("发票文件");
    String name = UploadFileNames.clean(givenName);
    String extension = UploadFileNames.extension(name);
    Optional<UploadFileType> type = UploadFileType.ofExtension(extension).filter(t -> settings.allows(extension));
    if (name.isEmpty()) {
      violations.add("file", "发票文件", "file-name", "请选择文件（文件名不能为空）");
    } else if (name.codePointCount(0, name.length()) > settings.maxFileNameLength()) {
      violations.add("file", "发票文件", "file-name-length", "文件名不能超过 " + settings.maxFileNameLength() + " 个字");
    } else if (type.isEmpty()) {
      violations.add("file", "发票文件", "type", "只接受以下类型的文件：" + String.join("、", settings.invoiceTypes()));
    }
    if (content == null || content.length == 0) {
      violations.add("file", "发票文件", "required", "文件为空");
    } else if (content.length > settings.maxInvoiceSize().toBytes()) {
      violations.add("file", "发票文件", "max-size", "文件不能超过 " + FileFacts.readableSize(settings.maxInvoiceSize().toBytes()));
    } else if (type.isPresent() && !type.get().contentMatches(content)) {
      violations.add("file", "发票文件", "content-type", "文件内容与扩展名 ." + extension + " 不符");
    }
    violations.throwIfAny();
    long id = claims.insertInvoice(itemId, name, type.get().contentType(), content, FileFacts.sha256(content), actor, now());
    events.record(meetingId, ReimbursementVariables.STAGE, "INVOICE_UPLOADED", actor, item.title() + "：" + name);
    return claims.invoice(claim.id(), id).orElseThrow();
  }

  /**
   * Submits the claim to finance as a new version. Refused, naming the item or line, when there is
   * nothing to claim, an item has no invoice, or a line or the total exceeds the approved budget.
   */
  @Transactional
  public ClaimVersion submit(long claimId, String actor) {
    Claim claim = claim(claimId);
    ClaimStatus status = claims.lockStatus(claimId).orElseThrow();
    if (!status.editable()) {
      throw new IllegalStateException("Claim " + claimId + " is " + status + ": not being drafted");
    }
    List<ClaimItem> items = claims.items(claimId);
    Violations violations = new Violations(SUBJECT);
    if (items.isEmpty()) {
      violations.add("items", "报销明细", "required", "请先在报销页面填写报销明细");
    }
    List<ClaimItem> withoutInvoice = items.stream().filter(item -> item.invoices().isEmpty()).toList();
    if (!withoutInvoice.isEmpty()) {
      violations.add("invoices", "发票", "required", "以下明细尚未上传发票：" + titles(withoutInvoice));
    }
    checkWithinBudget(claim.meetingId(), items, violations);
    violations.throwIfAny();
    ClaimVersion version = claims.insertVersion(claimId, total(items), actor, now());
    claims.reopenUnaccepted(claimId);
    claims.changeStatus(claimId, status, ClaimStatus.IN_REVIEW);
    events.record(claim.meetingId(), ReimbursementVariables.STAGE, version.versionNo() == 1 ? "SUBMITTED" : "RESUBMITTED",
        actor, "第" + version.versionNo() + "版，" + items.size() + " 项，合计 " + version.total().toPlainString() + " 元");
    return version;
  }

  /** Finance's word on one item while the claim is in review: accept, or return with a reason. */
  @Transactional
  public ClaimItem reviewItem(long meetingId, long itemId, Map<String, ?> values, String actor) {
    Claim claim = claimOf(meetingId);
    if (claims.lockStatus(claim.id()).orElseThrow() != ClaimStatus.IN_REVIEW) {
      throw InvalidInputException.of("报销审核", new Violation("claim", SUBJECT, "in-review",
          "报销单" + claim.status().label() + "，现在不能审核"));
    }
    ClaimItem item = item(claim.id(), itemId);
    Violations violations = new Violations("报销审核");
    FinanceDecision decision = FinanceDecision.fromValue(values.get("decision")).orElse(null);
    if (decision == null) {
      violations.add("decision", "审核结果", "one-of", "请选择通过或退回");
    }
    String reason = Fields.optionalText(values, "reason");
    if (decision == FinanceDecision.RETURN && reason.isEmpty()) {
      violations.add("reason", "退回理由", "required-when-returned", "退回时必须写明理由");
    }
    if (reason.length() > MAX_TEXT) {
      violations.add("reason", "退回理由", "max-length", "不能超过 " + MAX_TEXT + " 个字");
    }
    violations.throwIfAny();
    String kept = reason.isEmpty() ? null : reason;
    ClaimVersion version = latestVersion(claim.id());
    claims.saveReview(itemId, version.id(), item.line(), item.amount(), decision, kept, actor, now());
    claims.changeItemStatus(itemId, decision.itemStatus(), decision == FinanceDecision.RETURN ? kept : null);
    events.record(meetingId, ReimbursementVariables.STAGE, decision == FinanceDecision.ACCEPT ? "ITEM_ACCEPTED"
        : "ITEM_RETURNED", actor, item.title() + (kept == null ? "" : "：" + kept));
    return item(claim.id(), itemId);
  }

  /**
   * Finance's overall decision, which must agree with the items: every item reviewed; accept only
   * when all are accepted (the claim is then reimbursed), return only when one is returned.
   */
  @Transactional
  public FinanceDecision decide(long claimId, Object decisionValue, Object commentValue, String actor) {
    Claim claim = claim(claimId);
    if (claims.lockStatus(claimId).orElseThrow() != ClaimStatus.IN_REVIEW) {
      throw new IllegalStateException("Claim " + claimId + " is not in review");
    }
    List<ClaimItem> items = claims.items(claimId);
    Violations violations = new Violations("财务审核报销");
    FinanceDecision decision = FinanceDecision.fromValue(decisionValue).orElse(null);
    String comment = commentValue == null ? "" : commentValue.toString().trim();
    List<ClaimItem> pending = having(items, ItemStatus.PENDING);
    List<ClaimItem> returned = having(items, ItemStatus.RETURNED);
    if (decision == null) {
      violations.add(ReimbursementVariables.FINANCE_DECISION, "审核结果", "one-of", "请选择通过报销或退回修改");
    } else if (!pending.isEmpty()) {
      violations.add("items", "报销明细", "reviewed", "请先在报销页面逐项审核：" + titles(pending));
    } else if (decision == FinanceDecision.ACCEPT && !returned.isEmpty()) {
      violations.add(ReimbursementVariables.FINANCE_DECISION, "审核结果", "agrees-with-items",
          "以下明细已退回，不能通过报销：" + titles(returned));
    } else if (decision == FinanceDecision.RETURN && returned.isEmpty()) {
      violations.add(ReimbursementVariables.FINANCE_DECISION, "审核结果", "agrees-with-items",
          "全部明细均已通过；如需退回，请先在报销页面退回具体明细并写明理由");
    }
    if (comment.length() > MAX_TEXT) {
      violations.add(ReimbursementVariables.FINANCE_COMMENT, "审核意见", "max-length", "不能超过 " + MAX_TEXT + " 个字");
    }
    violations.throwIfAny();
    if (decision == FinanceDecision.ACCEPT) {
      BigDecimal total = total(items);
      claims.markReimbursed(claimId, total, actor, now());
      events.record(claim.meetingId(), ReimbursementVariables.STAGE, "REIMBURSED", actor,
          "报销 " + total.toPlainString() + " 元" + (comment.isEmpty() ? "" : "；" + comment));
    } else {
      claims.changeStatus(claimId, ClaimStatus.IN_REVIEW, ClaimStatus.RETURNED);
      events.record(claim.meetingId(), ReimbursementVariables.STAGE, "RETURNED", actor,
          "退回：" + titles(returned) + (comment.isEmpty() ? "" : "；" + comment));
    }
    return decision;
  }

  /** Finance's overall decisions on the claim with their comments, oldest first, for the claim page. */
  public List<MeetingEvents.MeetingEvent> financeDecisions(long meetingId) {
    return events.of(meetingId).stream().filter(event -> ReimbursementVariables.STAGE.equals(event.stage())
        && List.of("REIMBURSED", "RETURNED").contains(event.action())).toList();
  }

  /** The actual cost of a held meeting (R1.2 figures): what was reimbursed; empty until then. */
  public Optional<BigDecimal> reimbursedTotal(long meetingId) {
    return claims.claimOf(meetingId).filter(claim -> claim.status() == ClaimStatus.REIMBURSED)
        .map(Claim::reimbursedTotal);
  }

  public ClaimView view(long meetingId) {
    MeetingRecord meeting = meeting(meetingId);
    Claim claim = claimOf(meetingId);
    List<ClaimItem> items = claims.items(claim.id());
    Optional<BudgetCeiling> ceiling = budgets.approvedCeiling(meetingId);
    List<LineUse> lines = Arrays.stream(BudgetLine.values())
        .map(line -> new LineUse(line, line.field(), line.label(), claimedIn(items, line),
            ceiling.map(c -> c.line(line)).orElse(null)))
        .toList();
    return new ClaimView(meetingId, meeting.title(), meeting.hostDepartmentCode(), claim, items,
        claims.attachments(claim.id()), lines, total(items), ceiling.map(BudgetCeiling::total).orElse(null),
        ceiling.map(BudgetCeiling::versionNo).orElse(null), claims.versions(claim.id()), claims.reviews(claim.id()));
  }

  public Download download(long meetingId, long invoiceId) {
    Claim claim = claimOf(meetingId);
    Invoice invoice = claims.invoice(claim.id(), invoiceId)
        .orElseThrow(() -> new NoSuchRecordException("invoice " + invoiceId));
    return new Download(invoice, claims.invoiceContent(invoiceId));
  }

  public MeetingRecord meeting(long meetingId) {
    return meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("meeting " + meetingId));
  }

  public Claim claimOf(long meetingId) {
    return claims.claimOf(meetingId).orElseThrow(() -> new NoSuchRecordException("claim of meeting " + meetingId));
  }

  /** R6.2: per line and in total, what is claimed must stay within the approved budget. */
  private void checkWithinBudget(long meetingId, List<ClaimItem> items, Violations violations) {
    Optional<BudgetCeiling> ceiling = budgets.approvedCeiling(meetingId);
    if (ceiling.isEmpty()) {
      violations.add("budget", "经费预算", "approved", "会议没有批准的预算，不能报销");
      return;
    }
    for (BudgetLine line : BudgetLine.values()) {
      BigDecimal claimed = claimedIn(items, line);
      BigDecimal allowed = ceiling.get().line(line);
      if (claimed.compareTo(allowed) > 0) {
        violations.add(line.field(), line.label(), "within-budget", overMessage(claimed, allowed));
      }
    }
    BigDecimal total = total(items);
    if (total.compareTo(ceiling.get().total()) > 0) {
      violations.add("total", "合计", "within-budget", overMessage(total, ceiling.get().total()));
    }
  }

  private static String overMessage(BigDecimal claimed, BigDecimal allowed) {
    return "报销 " + claimed.toPlainString() + " 元，超出批准预算 " + allowed.toPlainString()
        + " 元；确需超出的，请先申请预算调整";
  }

  private ItemInput readItem(Map<String, ?> values) {
    Violations violations = new Violations("报销明细");
    String lineValue = Fields.optionalText(values, "line");
    BudgetLine line = Arrays.stream(BudgetLine.values())
        .filter(l -> l.field().equals(lineValue) || l.name().equals(lineValue)).findFirst().orElse(null);
    if (line == null) {
      violations.add("line", "预算科目", "one-of", "请选择预算科目："
          + Arrays.stream(BudgetLine.values()).map(BudgetLine::label).collect(Collectors.joining("、")));
    }
    BigDecimal amount = Fields.positiveDecimal(values, "amount", "金额（元）", 2, Fields.MAX_MONEY, violations);
    String description = Fields.requiredText(values, "description", "支出说明", MAX_DESCRIPTION, violations);
    violations.throwIfAny();
    return new ItemInput(line, amount, description);
  }

  private Claim editableClaim(long meetingId) {
    Claim claim = claimOf(meetingId);
    ClaimStatus status = claims.lockStatus(claim.id()).orElseThrow();
    if (!status.editable()) {
      throw InvalidInputException.of(SUBJECT, new Violation("claim", SUBJECT, "editable",
          "报销单" + status.label() + "，不能修改"));
    }
    return claim;
  }

  private ClaimItem changeableItem(Claim claim, long itemId) {
    ClaimItem item = item(claim.id(), itemId);
    if (item.status() == ItemStatus.ACCEPTED) {
      throw InvalidInputException.of(SUBJECT, new Violation("item", "报销明细", "not-accepted",
          item.title() + " 已通过财务审核，不能再修改"));
    }
    return item;
  }

  private ClaimItem item(long claimId, long itemId) {
    return claims.items(claimId).stream().filter(item -> item.id() == itemId).findFirst()
        .orElseThrow(() -> new NoSuchRecordException("claim item " + itemId));
  }

  private Claim claim(long claimId) {
    return claims.claim(claimId).orElseThrow(() -> new NoSuchRecordException("claim " + claimId));
  }

  private ClaimVersion latestVersion(long claimId) {
    List<ClaimVersion> versions = claims.versions(claimId);
    return versions.get(versions.size() - 1);
  }

  private Optional<Notice> currentNotice(long meetingId) {
    try {
      return Optional.of(notices.current(meetingId));
    } catch (NoSuchRecordException e) {
      return Optional.empty();
    }
  }

  private static List<ClaimItem> having(List<ClaimItem> items, ItemStatus status) {
    return items.stream().filter(item -> item.status() == status).toList();
  }

  private static BigDecimal claimedIn(List<ClaimItem> items, BudgetLine line) {
    return total(items.stream().filter(item -> item.line() == line).toList());
  }

  private static BigDecimal total(List<ClaimItem> items) {
    return items.stream().map(ClaimItem::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  private static String titles(List<ClaimItem> items) {
    return items.stream().map(ClaimItem::title).collect(Collectors.joining("、"));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  private record ItemInput(BudgetLine line, BigDecimal amount, String description) {}

  public record Opened(long claimId, String pageUrl) {}

  public record Download(Invoice invoice, byte[] content) {}
}
