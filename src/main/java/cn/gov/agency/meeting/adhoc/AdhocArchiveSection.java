package cn.gov.agency.meeting.adhoc;

import cn.gov.agency.meeting.archive.ArchiveSection;
import cn.gov.agency.meeting.archive.ArchiveWriter;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/** 《临时会议申请表》 as approved and filed, with every decision on it (R3.2, R7.4). */
@Component
class AdhocArchiveSection implements ArchiveSection {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final AdhocApplicationRepository applications;
  private final OrganisationDirectory directory;

  AdhocArchiveSection(AdhocApplicationRepository applications, OrganisationDirectory directory) {
    this.applications = applications;
    this.directory = directory;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public String title() {
    return "临时会议申请";
  }

  @Override
  public boolean appliesTo(MeetingRecord meeting) {
    return !"PLAN".equals(meeting.source());
  }

  @Override
  public void write(MeetingRecord meeting, ArchiveWriter writer) {
    applications.findByMeeting(meeting.id()).ifPresent(application -> {
      writer.table("application.html", "临时会议申请表", List.of("项目", "内容"), List.of(
          List.of("申请人", name(application.applicantUserId())),
          List.of("会议名称", application.title()),
          List.of("必要性", application.necessity()),
          List.of("时间", TIME.format(application.plannedStart()) + " 至 " + TIME.format(application.plannedEnd())),
          List.of("地点", application.place()),
          List.of("会议内容", application.content()),
          List.of("经费预算（元）", application.budgetEstimate().toPlainString()),
          List.of("参会人员", String.join("、", application.participants().stream()
              .map(p -> p.isGuest() ? p.guestName() : name(p.personUserId())).toList()))));
      writer.table("application-decisions.html", "申请的审批与备案", List.of("时间", "事项", "办理人", "意见"),
          application.events().stream().map(e -> List.of(TIME.format(e.occurredAt()), e.actionLabel(),
              name(e.actorUserId()), e.comment() == null ? "" : e.comment())).toList());
    });
  }

  private String name(String userId) {
    return directory.person(userId).map(Person::fullName).orElse(userId);
  }
}
