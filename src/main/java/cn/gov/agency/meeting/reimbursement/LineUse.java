package cn.gov.agency.meeting.reimbursement;

import cn.gov.agency.meeting.budget.BudgetLine;
import java.math.BigDecimal;

/** One budget line against the claim: what is claimed in it and what the approved budget allows. */
public record LineUse(BudgetLine line, String field, String label, BigDecimal claimed, BigDecimal allowed) {

  public boolean over() {
    return allowed == null || claimed.compareTo(allowed) > 0;
  }
}
