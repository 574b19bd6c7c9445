package cn.gov.agency.meeting.signin;

import cn.gov.agency.meeting.archive.ArchiveSection;
import cn.gov.agency.meeting.archive.ArchiveWriter;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/** 签到表 with the attendance totals (R4.1, R5.1), as sign-in closed. */
@Component
class SignInArchiveSection implements ArchiveSection {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final SignInService signIns;
  private final SignInRepository repository;

  SignInArchiveSection(SignInService signIns, SignInRepository repository) {
    this.signIns = signIns;
    this.repository = repository;
  }

  @Override
  public int order() {
    return 60;
  }

  @Override
  public String title() {
    return "签到表与出勤";
  }

  @Override
  public void write(MeetingRecord meeting, ArchiveWriter writer) {
    if (repository.session(meeting.id()).isEmpty()) {
      return;
    }
    SignInSheet sheet = signIns.sheet(meeting.id());
    AttendanceTotals totals = sheet.totals();
    String summary = totals == null ? "签到表" : "签到表（出席 " + totals.present() + "，迟到 " + totals.late() + "，早退 "
        + totals.earlyDeparture() + "，擅自离会 " + totals.leftWithoutPermission() + "，请假 "
        + totals.onLeave() + "，代会 " + totals.substituted() + "，缺席 " + totals.absent() + "）";
    writer.table("sign-in-sheet.html", summary, List.of("姓名", "单位", "职务", "签到时间", "方式", "核验人", "代谁参会", "出勤",
        "离会"),
        sheet.rows().stream().map(row -> List.of(row.name(), row.unit() == null ? "" : row.unit(),
            row.position() == null ? "" : row.position(),
            row.signedInAt() == null ? "" : TIME.format(row.signedInAt()),
            row.method() == null ? "" : row.method().label(), row.verifiedBy() == null ? "" : row.verifiedBy(),
            row.substituteFor() == null ? "" : row.substituteFor(),
            row.attendance() == null ? "" : row.attendance().label(),
            row.signOut() == null ? "" : row.departureLabel() + " " + TIME.format(row.signOut().at()))).toList());
  }
}
