package cn.gov.agency.meeting.distribution;

import cn.gov.agency.meeting.archive.ArchiveSection;
import cn.gov.agency.meeting.archive.ArchiveWriter;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** 纪要印发 (R7.1): to whom the approved minutes went, in full or as a notice only, how and when. */
@Component
class DistributionArchiveSection implements ArchiveSection {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final DistributionService service;

  DistributionArchiveSection(DistributionService service) {
    this.service = service;
  }

  @Override
  public int order() {
    return 75;
  }

  @Override
  public String title() {
    return "会议纪要印发";
  }

  @Override
  public void write(MeetingRecord meeting, ArchiveWriter writer) {
    if (service.latestOf(meeting.id()).isEmpty()) {
      return;
    }
    writer.table("distribution.html", "纪要分发与送达",
        List.of("接收人", "部门", "分发原因", "责任部门", "内容", "送达", "已阅"),
        service.deliveryList(meeting.id()).stream().map(line -> List.of(line.name(), line.departmentName(),
            line.reasonLabel(), line.responsibleFor() == null ? "" : line.responsibleFor(),
            line.fullText() ? "纪要全文" : "仅提示决议涉及本部门（涉密）",
            line.deliveries().stream().map(d -> d.channelLabel() + d.statusLabel() + " " + time(d.recordedAt()))
                .collect(Collectors.joining("；")),
            line.readAt() == null ? "未确认" : time(line.readAt()))).toList());
  }

  private static String time(LocalDateTime value) {
    return TIME.format(value);
  }
}
