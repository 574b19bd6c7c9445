package cn.gov.agency.meeting.hospitality;

import cn.gov.agency.meeting.archive.ArchiveSection;
import cn.gov.agency.meeting.archive.ArchiveWriter;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Catering (R3.6) and accommodation with its room list (R3.7), when the meeting had them. */
@Component
class HospitalityArchiveSection implements ArchiveSection {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final CateringService catering;
  private final AccommodationService accommodation;
  private final PersonsInCharge persons;

  HospitalityArchiveSection(CateringService catering, AccommodationService accommodation, PersonsInCharge persons) {
    this.catering = catering;
    this.accommodation = accommodation;
    this.persons = persons;
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public String title() {
    return "会议用餐与住宿";
  }

  @Override
  public boolean appliesTo(MeetingRecord meeting) {
    return meeting.needsCatering() || meeting.needsAccommodation();
  }

  @Override
  public void write(MeetingRecord meeting, ArchiveWriter writer) {
    catering.arrangementOf(meeting.id()).ifPresent(c -> writer.table("catering.html", "会议用餐",
        List.of("项目", "内容"), List.of(
            List.of("定点餐饮单位", c.catererName()),
            List.of("用餐标准（元/人/餐）", c.standardPerPerson().toPlainString()),
            List.of("用餐人数 × 餐次", c.headCount() + " × " + c.mealCount()),
            List.of("菜单", c.menu()),
            List.of("协议编号", c.agreementReference()),
            List.of("用餐负责人（含食品安全）", persons.describe(c.responsibleUserId())),
            List.of("安排人与时间", c.arrangedBy() + "，" + TIME.format(c.arrangedAt())))));
    accommodation.arrangementOf(meeting.id()).ifPresent(a -> {
      List<List<String>> rows = new ArrayList<>();
      for (Room room : a.rooms()) {
        for (Lodger lodger : room.occupants()) {
          rows.add(List.of(String.valueOf(room.roomNo()), lodger.name(), lodger.unit() == null ? "" : lodger.unit(),
              room.gender() == null ? "" : room.gender(), room.toConfirm() ? "待确认" : ""));
        }
      }
      writer.table("accommodation.html", "住宿安排：" + a.hotelName() + "，" + a.standardPerRoomNight().toPlainString()
          + " 元/间/晚，" + TIME.format(a.checkIn()) + " 入住，" + TIME.format(a.checkOut()) + " 退房，住宿负责人（含住宿安全）："
          + persons.describe(a.responsibleUserId()),
          List.of("房间", "姓名", "单位", "性别", "备注"), rows);
    });
  }
}
