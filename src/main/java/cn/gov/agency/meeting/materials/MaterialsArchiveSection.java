package cn.gov.agency.meeting.materials;

import cn.gov.agency.meeting.archive.ArchiveSection;
import cn.gov.agency.meeting.archive.ArchiveWriter;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every version of every material as uploaded, and each submission with the leader's review (R3.4). */
@Component
class MaterialsArchiveSection implements ArchiveSection {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final MaterialsService materials;

  MaterialsArchiveSection(MaterialsService materials) {
    this.materials = materials;
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public String title() {
    return "会议材料";
  }

  @Override
  public void write(MeetingRecord meeting, ArchiveWriter writer) {
    MaterialsOverview overview = materials.overview(meeting.id());
    for (MaterialsOverview.KindView kind : overview.kinds()) {
      for (MaterialFile file : kind.versions()) {
        writer.file("files/" + kind.code() + "-v" + file.version() + "-" + file.fileName(),
            kind.name() + " 第" + file.version() + "稿：" + file.fileName(),
            materials.download(meeting.id(), file.id()).content());
      }
    }
    writer.table("submissions.html", "材料报送与审核", List.of("轮次", "报送人", "报送时间", "印刷份数", "审核结果", "审核意见",
        "审核人", "审核时间"), overview.submissions().stream().map(s -> List.of(String.valueOf(s.round()),
            s.submittedBy(), TIME.format(s.submittedAt()), String.valueOf(s.printCopies()),
            s.decision() == null ? "待审核" : s.decision().label(), s.reviewComment() == null ? "" : s.reviewComment(),
            s.reviewedBy() == null ? "" : s.reviewedBy(),
            s.reviewedAt() == null ? "" : TIME.format(s.reviewedAt()))).toList());
  }
}
