package cn.gov.agency.meeting.reimbursement;

import cn.gov.agency.meeting.archive.ArchiveSection;
import cn.gov.agency.meeting.archive.ArchiveWriter;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The claim's items, finance's review of each, and every invoice as uploaded (R6.2 vouchers). */
@Component
class ReimbursementArchiveSection implements ArchiveSection {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ReimbursementService reimbursements;
  private final ReimbursementRepository claims;

  ReimbursementArchiveSection(ReimbursementService reimbursements, ReimbursementRepository claims) {
    this.reimbursements = reimbursements;
    this.claims = claims;
  }

  @Override
  public int order() {
    return 100;
  }

  @Override
  public String title() {
    return "经费报销与报销凭证";
  }

  @Override
  public void write(MeetingRecord meeting, ArchiveWriter writer) {
    if (claims.claimOf(meeting.id()).isEmpty()) {
      return;
    }
    ClaimView view = reimbursements.view(meeting.id());
    List<List<String>> items = new ArrayList<>();
    for (ClaimItem item : view.items()) {
      items.add(List.of(item.lineLabel(), item.amount().toPlainString(), item.description(), item.statusLabel(),
          item.returnReason() == null ? "" : item.returnReason()));
      for (Invoice invoice : item.invoices()) {
        writer.file("invoices/" + invoice.id() + "-" + invoice.fileName(), "发票：" + invoice.fileName(),
            reimbursements.download(meeting.id(), invoice.id()).content());
      }
    }
    Claim claim = view.claim();
    writer.table("claim.html", "报销明细（" + claim.statusLabel()
        + (claim.reimbursedTotal() == null ? "" : "，报销合计 " + claim.reimbursedTotal().toPlainString() + " 元") + "）",
        List.of("科目", "金额（元）", "说明", "审核结果", "退回理由"), items);
    writer.table("claim-reviews.html", "财务审核记录", List.of("稿次", "科目", "金额（元）", "结果", "理由", "审核人", "时间"),
        view.reviews().stream().map(r -> List.of(String.valueOf(r.versionNo()), r.lineLabel(),
            r.amount().toPlainString(), r.decisionLabel(), r.reason() == null ? "" : r.reason(), r.reviewedBy(),
            TIME.format(r.reviewedAt()))).toList());
    writer.table("claim-attachments.html", "自动附带的会议资料", List.of("类别", "名称", "位置"),
        view.attachments().stream().map(a -> List.of(a.kindLabel(), a.title(), a.reference())).toList());
  }
}
