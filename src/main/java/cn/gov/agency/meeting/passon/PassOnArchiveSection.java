package cn.gov.agency.meeting.passon;

import cn.gov.agency.meeting.archive.ArchiveSection;
import cn.gov.agency.meeting.archive.ArchiveWriter;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** 会议精神传达 (R7.2): every department concerned, how and when it passed the meeting on, who took part. */
@Component
class PassOnArchiveSection implements ArchiveSection {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final PassOnService service;

  PassOnArchiveSection(PassOnService service) {
    this.service = service;
  }

  @Override
  public int order() {
    return 85;
  }

  @Override
  public String title() {
    return "会议精神传达";
  }

  @Override
  public void write(MeetingRecord meeting, ArchiveWriter writer) {
    if (!service.isOpened(meeting.id())) {
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (DepartmentPassOn department : service.status(meeting.id()).departments()) {
      if (!department.done()) {
        rows.add(List.of(department.departmentName(), "未传达", "", "", "", ""));
      }
      department.entries().forEach(e -> rows.add(List.of(department.departmentName(), e.methodLabel(),
          e.heldOn().toString(), e.participants(), String.valueOf(e.participantCount()),
          e.recordedBy() + " " + TIME.format(e.recordedAt()))));
    }
    writer.table("passing-on.html", "会议精神传达情况", List.of("部门", "传达方式", "传达日期", "参加人员", "人数", "登记"),
        rows);
  }
}
