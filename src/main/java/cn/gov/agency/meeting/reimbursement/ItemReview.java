package cn.gov.agency.meeting.reimbursement;

import cn.gov.agency.meeting.budget.BudgetLine;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Finance's decision on one item in one submission, with the line and amount it decided on. */
public record ItemReview(long itemId, int versionNo, BudgetLine line, String lineLabel, BigDecimal amount,
    ItemStatus decision, String decisionLabel, String reason, String reviewedBy, LocalDateTime reviewedAt) {}
