package cn.gov.agency.meeting.minutes;

import cn.gov.agency.meeting.archive.ArchiveSection;
import cn.gov.agency.meeting.archive.ArchiveWriter;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The approved output document (R2), every version with its reviews (R4.3), the resolutions as data. */
@Component
class MinutesArchiveSection implements ArchiveSection {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final MinutesService minutes;
  private final MinutesDocuments documents;

  MinutesArchiveSection(MinutesService minutes, MinutesDocuments documents) {
    this.minutes = minutes;
    this.documents = documents;
  }

  @Override
  public int order() {
    return 70;
  }

  @Override
  public String title() {
    return "会议纪要（成果文件）及其审核";
  }

  @Override
  public void write(MeetingRecord meeting, ArchiveWriter writer) {
    minutes.approved(meeting.id()).ifPresent(approved -> {
      writer.html("minutes.html", approved.outputDocument() + "（审定稿）",
          documents.render(meeting, approved.outputDocument(), approved.version()));
      writer.table("resolutions.html", "决议事项", List.of("编号", "决议事项", "责任部门", "完成时限"),
          approved.resolutions().stream().map(r -> List.of(String.valueOf(r.id()), r.text(),
              r.departmentName() == null ? r.department() : r.departmentName(), String.valueOf(r.deadline())))
              .toList());
    });
    List<List<String>> reviews = new ArrayList<>();
    for (MinutesVersion version : minutes.versions(meeting.id())) {
      if (version.versionNo() == 0) {
        continue;
      }
      writer.html("versions/v" + version.versionNo() + ".html", "第 " + version.versionNo() + " 稿",
          documents.render(meeting, "第 " + version.versionNo() + " 稿", version));
      for (MinutesVersion.Review review : version.reviews()) {
        reviews.add(List.of("第 " + version.versionNo() + " 稿", review.reviewerLabel(), review.reviewerName(),
            review.decisionLabel(), review.comment() == null ? "" : review.comment(), TIME.format(review.decidedAt())));
      }
    }
    writer.table("reviews.html", "审核与审定记录", List.of("稿次", "环节", "审核人", "结果", "意见", "时间"), reviews);
  }
}
