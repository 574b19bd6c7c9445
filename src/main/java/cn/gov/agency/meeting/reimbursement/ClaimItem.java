package cn.gov.agency.meeting.reimbursement;

import cn.gov.agency.meeting.budget.BudgetLine;
import java.math.BigDecimal;
import java.util.List;

/** One expense of a claim in one budget line, with its invoice files and finance's latest word on it. */
public record ClaimItem(long id, BudgetLine line, String lineLabel, BigDecimal amount, String description,
    ItemStatus status, String statusLabel, String returnReason, List<Invoice> invoices) {

  public ClaimItem {
    invoices = List.copyOf(invoices);
  }

  /** How people name the item in messages: its description, line and amount. */
  public String title() {
    return "“" + description + "”（" + lineLabel + " " + amount.toPlainString() + " 元）";
  }
}
