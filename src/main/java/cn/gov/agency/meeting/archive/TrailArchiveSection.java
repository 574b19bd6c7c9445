package cn.gov.agency.meeting.archive;

import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.TrailLabels;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/** The meeting record itself, its participant list as it ended, and every step taken on it. */
@Component
class TrailArchiveSection implements ArchiveSection {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Meetings meetings;
  private final MeetingEvents events;
  private final TrailLabels labels;
  private final OrganisationDirectory directory;

  TrailArchiveSection(Meetings meetings, MeetingEvents events, TrailLabels labels,
      OrganisationDirectory directory) {
    this.meetings = meetings;
    this.events = events;
    this.labels = labels;
    this.directory = directory;
  }

  @Override
  public int order() {
    return 0;
  }

  @Override
  public String title() {
    return "会议基本情况与办理记录";
  }

  @Override
  public void write(MeetingRecord meeting, ArchiveWriter writer) {
    writer.table("meeting.html", "会议基本情况", List.of("项目", "内容"), List.of(
        List.of("会议名称", meeting.title()),
        List.of("会议类型", meeting.meetingType()),
        List.of("来源", "PLAN".equals(meeting.source()) ? "年度计划" : "临时会议"),
        List.of("时间", meeting.plannedStart() == null ? "" : TIME.format(meeting.plannedStart()) + " 至 "
            + TIME.format(meeting.plannedEnd())),
        List.of("地点", meeting.place()),
        List.of("会议内容", meeting.content()),
        List.of("重要会议", meeting.important() ? "是" : "否"),
        List.of("涉密会议", meeting.confidential() ? "是" : "否")));
    writer.table("participants.html", "参会人员", List.of("姓名", "单位", "请假", "代会", "出勤", "签到时间"),
        meetings.attendees(meeting.id()).stream().map(a -> List.of(
            a.isGuest() ? a.guestName() : name(a.personUserId()),
            a.isGuest() ? (a.guestUnit() == null ? "" : a.guestUnit()) : "",
            a.onLeave() ? "是" : "",
            a.isSubstitute() ? "代会" : "",
            a.attendance() == null ? "" : a.attendance(),
            a.signedInAt() == null ? "" : TIME.format(a.signedInAt()))).toList());
    writer.table("trail.html", "办理记录", List.of("时间", "环节", "事项", "办理人", "说明"),
        events.of(meeting.id()).stream().map(e -> List.of(TIME.format(e.occurredAt()), labels.stage(e.stage()),
            labels.action(e.stage(), e.action()), name(e.actorUserId()), e.comment() == null ? "" : e.comment()))
            .toList());
  }

  private String name(String userId) {
    return directory.person(userId).map(Person::fullName).orElse(userId);
  }
}
