package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.archive.ArchiveSection;
import cn.gov.agency.meeting.archive.ArchiveWriter;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The notice as it was sent, and for every participant how it reached them and who confirmed (R3.3). */
@Component
class NoticeArchiveSection implements ArchiveSection {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final NoticeRepository notices;
  private final NoticeService service;

  NoticeArchiveSection(NoticeRepository notices, NoticeService service) {
    this.notices = notices;
    this.service = service;
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public String title() {
    return "会议通知与通知到位";
  }

  @Override
  public void write(MeetingRecord meeting, ArchiveWriter writer) {
    notices.latestOf(meeting.id()).ifPresent(notice -> {
      writer.html("notice.html", "会议通知" + (notice.late() ? "（逾期发出：" + notice.lateReason() + "）" : ""),
          service.document(notice.id()));
      List<Delivery> deliveries = service.deliveries(notice.id());
      writer.table("receipts.html", "通知送达与确认", List.of("参会人员", "送达", "确认", "确认方式", "确认人", "说明"),
          service.recipients(notice.id()).stream().map(r -> List.of(
              service.displayName(r),
              deliveries.stream().filter(d -> d.recipientId() == r.id())
                  .map(d -> d.channel().label() + "第" + d.round() + "轮" + d.status().label() + " "
                      + TIME.format(d.recordedAt()))
                  .collect(Collectors.joining("；")),
              r.confirmedAt() == null ? "未确认" : TIME.format(r.confirmedAt()),
              r.confirmationMethod() == null ? "" : r.confirmationMethod().label(),
              r.confirmedBy() == null ? "" : r.confirmedBy(),
              r.confirmationNote() == null ? "" : r.confirmationNote())).toList());
    });
  }
}
