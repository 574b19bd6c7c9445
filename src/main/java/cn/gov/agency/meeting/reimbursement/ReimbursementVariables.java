package cn.gov.agency.meeting.reimbursement;

/**
 * Process variables of 经费报销 (meetingReimbursement) besides the lifecycle's; the forms in
 * forms/reimbursement-*.form use the same keys. The claim itself lives in the reimbursement tables.
 */
public final class ReimbursementVariables {

  public static final String PROCESS_KEY = "meetingReimbursement";
  public static final String STAGE = "reimbursement";

  /** Long: the meeting's claim. */
  public static final String CLAIM_ID = "claimId";
  /** String: where the host department drafts and finance reviews item by item. */
  public static final String CLAIM_PAGE_URL = "claimPageUrl";
  /** The finance form's overall decision: accept (报销) or return (退回修改). */
  public static final String FINANCE_DECISION = "claimFinanceDecision";
  public static final String FINANCE_COMMENT = "claimFinanceComment";

  private ReimbursementVariables() {}
}
