package cn.gov.agency.meeting.budget;

import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.validation.Violations;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 经费预算 (R6.1): the host department budgets in the regulation's lines, the leader in charge
 * reviews, finance approves. Every version is kept; the latest approved one is the ceiling later
 * spending is held to.
 */
@Service
public class BudgetService {

  private static final int MAX_COMMENT = 2000;
  private static final String ADJUSTMENT_SUBJECT = "预算调整";
  /** Held by an adjustment's version only until its process is started in the same transaction. */
  private static final String PROCESS_PENDING = "pending";

  private final BudgetRepository budgets;
  private final Meetings meetings;
  private final MeetingEvents events;
  private final EstimateComparison estimate;
  private final Clock clock;

  public BudgetService(BudgetRepository budgets, Meetings meetings, MeetingEvents events,
      EstimateComparison estimate, Clock clock) {
    this.estimate = estimate;
    this.budgets = budgets;
    this.meetings = meetings;
    this.events = events;
    this.clock = clock;
  }

  /** Records a drafted or revised budget as the meeting's next version, to be reviewed. */
  @Transactional
  public BudgetVersion recordVersion(long meetingId, String processInstanceId, BudgetDraft draft, String actor) {
    MeetingRecord meeting = meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("meeting " + meetingId));
    estimate.check(meeting.budgetEstimate(), draft);
    List<BudgetVersion> earlier = budgets.versionsOf(meetingId);
    if (earlier.stream().anyMatch(version -> version.status().inReview())) {
      throw new IllegalStateException("Meeting " + meetingId + " already has a budget version under review");
    }
    long id = budgets.insertVersion(meetingId, processInstanceId, draft, false, actor, LocalDateTime.now(clock));
    BudgetVersion version = budgets.find(id).orElseThrow();
    events.record(meetingId, BudgetVariables.STAGE, earlier.isEmpty() ? "DRAFTED" : "REVISED", actor,
        "第" + version.versionNo() + "版，合计 " + version.total().toPlainString() + " 元"
            // The reason itself stays on the budget page, which only those entitled to the money read.
            + (version.estimateDifferenceReason() == null ? "" : "，附与预计费用差异说明"));
    return version;
  }

  /**
   * Whether a 预算调整 (R6.2) may be requested now: only an approved budget is adjusted, and never
   * while another version is still in review.
   */
  public void checkAdjustable(long meetingId) {
    meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("meeting " + meetingId));
    List<BudgetVersion> versions = budgets.versionsOf(meetingId);
    Violations violations = new Violations(ADJUSTMENT_SUBJECT);
    if (versions.stream().noneMatch(version -> version.status() == BudgetStatus.APPROVED)) {
      violations.add("budget", "经费预算", "approved", "会议尚无批准的预算，不能调整");
    } else if (versions.stream().anyMatch(version -> version.status().inReview())) {
      violations.add("budget", "经费预算", "not-in-review", "已有预算或预算调整正在审批中，请等待审批结束");
    }
    violations.throwIfAny();
  }

  /** Records a requested adjustment as the next version, marked as adjustment, for the same two reviews. */
  @Transactional
  public BudgetVersion recordAdjustment(long meetingId, BudgetDraft draft, String actor) {
    checkAdjustable(meetingId);
    BigDecimal before = approvedCeiling(meetingId).orElseThrow().total();
    long id = budgets.insertVersion(meetingId, PROCESS_PENDING, draft, true, actor, LocalDateTime.now(clock));
    BudgetVersion version = budgets.find(id).orElseThrow();
    events.record(meetingId, BudgetVariables.STAGE, "ADJUSTMENT_REQUESTED", actor, "第" + version.versionNo()
        + "版，合计 " + before.toPlainString() + " 元调整为 " + version.total().toPlainString() + " 元；理由："
        + version.explanation());
    return version;
  }

  /** The adjustment's own process, started right after its version in the same transaction. */
  @Transactional
  public void linkProcess(long versionId, String processInstanceId) {
    budgets.linkProcess(versionId, PROCESS_PENDING, processInstanceId);
  }

  /** Checks a review form: approve or return, and a reason whenever it is returned. */
  public ReviewDecision checkReview(Reviewer reviewer, Object decisionValue, Object commentValue) {
    Violations violations = new Violations(reviewer.subject());
    ReviewDecision decision = ReviewDecision.fromValue(decisionValue).orElse(null);
    if (decision == null) {
      violations.add(reviewer.decisionField(), "审核结果", "one-of", "请选择同意或退回修改");
    }
    String comment = text(commentValue);
    if (decision == ReviewDecision.RETURN && comment == null) {
      violations.add(reviewer.commentField(), "审核意见", "required-when-returned", "退回修改时必须填写意见");
    }
    if (comment != null && comment.length() > MAX_COMMENT) {
      violations.add(reviewer.commentField(), "审核意见", "max-length", "不能超过 " + MAX_COMMENT + " 个字");
    }
    violations.throwIfAny();
    return decision;
  }

  @Transactional
  public void recordReview(long versionId, Reviewer reviewer, ReviewDecision decision, Object comment,
      String actor) {
    BudgetVersion version = version(versionId);
    if (!budgets.changeStatus(versionId, reviewer.reviews(), reviewer.after(decision))) {
      throw new IllegalStateException("Budget version " + versionId + " is not " + reviewer.reviews()
          + ": cannot record the " + reviewer + " review");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    budgets.insertReview(versionId, reviewer, decision, actor, text(comment), now);
    events.record(version.meetingId(), BudgetVariables.STAGE,
        (version.adjustment() ? "ADJUSTMENT_" : "") + reviewer.action(decision), actor, text(comment));
  }

  /** The approved budget later spending is held to; empty while none is approved. */
  public Optional<BudgetCeiling> approvedCeiling(long meetingId) {
    return budgets.versionsOf(meetingId).stream()
        .filter(version -> version.status() == BudgetStatus.APPROVED)
        .reduce((earlier, later) -> later)
        .map(BudgetService::ceiling);
  }

  /** Whether spending may be committed yet (R6.1): catering and accommodation wait until it is. */
  public boolean hasApprovedBudget(long meetingId) {
    return approvedCeiling(meetingId).isPresent();
  }

  public List<BudgetVersion> versionsOf(long meetingId) {
    return budgets.versionsOf(meetingId);
  }

  /**
   * The version a review task of a process instance decides on: the latest one the instance recorded
   * (经费预算) or was started for (预算调整), the versions storing their instance id. Reviews act on
   * it, whatever a budgetVersionId variable says.
   */
  public BudgetVersion versionUnderReview(String processInstanceId) {
    return budgets.latestOfProcess(processInstanceId).orElseThrow(() -> new IllegalStateException(
        "流程实例 " + processInstanceId + " 没有待审核的预算版本 / no budget version is bound to it"));
  }

  public BudgetVersion version(long versionId) {
    return budgets.find(versionId).orElseThrow(() -> new NoSuchRecordException("budget version " + versionId));
  }

  private static BudgetCeiling ceiling(BudgetVersion version) {
    Map<BudgetLine, BigDecimal> lines = new EnumMap<>(BudgetLine.class);
    version.lines().forEach(line -> lines.put(line.line(), line.amount()));
    return new BudgetCeiling(version.meetingId(), version.id(), version.versionNo(), version.total(), lines);
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
