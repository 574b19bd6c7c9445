package cn.gov.agency.meeting.budget;

import cn.gov.agency.meeting.archive.ArchiveSection;
import cn.gov.agency.meeting.archive.ArchiveWriter;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every budget version in the R6.1 lines, adjustments included, with the leader's and finance's decisions. */
@Component
class BudgetArchiveSection implements ArchiveSection {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final BudgetService budgets;

  BudgetArchiveSection(BudgetService budgets) {
    this.budgets = budgets;
  }

  @Override
  public int order() {
    return 90;
  }

  @Override
  public String title() {
    return "经费预算";
  }

  @Override
  public void write(MeetingRecord meeting, ArchiveWriter writer) {
    List<List<String>> lines = new ArrayList<>();
    List<List<String>> reviews = new ArrayList<>();
    for (BudgetVersion version : budgets.versionsOf(meeting.id())) {
      String name = "第 " + version.versionNo() + " 版" + (version.adjustment() ? "（预算调整）" : "");
      for (BudgetVersion.LineAmount line : version.lines()) {
        lines.add(List.of(name, line.label(), line.amount().toPlainString()));
      }
      lines.add(List.of(name, "合计", version.total().toPlainString()));
      for (BudgetVersion.Review review : version.reviews()) {
        reviews.add(List.of(name, review.reviewerLabel(), review.reviewerUserId(), review.decisionLabel(),
            review.comment() == null ? "" : review.comment(), TIME.format(review.decidedAt())));
      }
    }
    writer.table("budget.html", "经费预算（元）", List.of("版本", "科目", "金额"), lines);
    writer.table("budget-reviews.html", "预算审核与审批", List.of("版本", "环节", "审核人", "结果", "意见", "时间"), reviews);
  }
}
