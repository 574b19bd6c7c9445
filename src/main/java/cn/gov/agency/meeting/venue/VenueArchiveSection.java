package cn.gov.agency.meeting.venue;

import cn.gov.agency.meeting.archive.ArchiveSection;
import cn.gov.agency.meeting.archive.ArchiveWriter;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/** The room booked, its set-up, and the equipment check with the person responsible (R3.5). */
@Component
class VenueArchiveSection implements ArchiveSection {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final VenueArrangementRepository arrangements;
  private final VenueService venue;

  VenueArchiveSection(VenueArrangementRepository arrangements, VenueService venue) {
    this.arrangements = arrangements;
    this.venue = venue;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public String title() {
    return "会议场地";
  }

  @Override
  public void write(MeetingRecord meeting, ArchiveWriter writer) {
    arrangements.find(meeting.id()).ifPresent(a -> writer.table("venue.html", "会议场地安排", List.of("项目", "内容"),
        List.of(
            List.of("会议室", meeting.place()),
            List.of("时间与人数", venue.bookingSummary(meeting.id())),
            List.of("所需设备", venue.equipmentNames(a.requiredEquipment())),
            List.of("勘察与布置", a.setupNotes()),
            List.of("预订人与时间", a.arrangedBy() + "，" + TIME.format(a.arrangedAt())),
            List.of("会中设备保障责任人", a.equipmentResponsible() == null ? "" : a.equipmentResponsible()),
            List.of("设备检查", a.equipmentCheckedBy() == null ? "未检查"
                : a.equipmentCheckedBy() + "，" + TIME.format(a.equipmentCheckedAt())
                    + (a.equipmentRemarks() == null ? "" : "，" + a.equipmentRemarks())))));
  }
}
