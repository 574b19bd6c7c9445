package cn.gov.agency.meeting.followup;

import cn.gov.agency.meeting.archive.ArchiveSection;
import cn.gov.agency.meeting.archive.ArchiveWriter;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** R7.4: the resolutions with their outcomes, and every follow-up step with who took it (R7.3). */
@Component
class FollowUpArchiveSection implements ArchiveSection {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final FollowUpService service;
  private final FollowUpQueries queries;

  FollowUpArchiveSection(FollowUpService service, FollowUpQueries queries) {
    this.service = service;
    this.queries = queries;
  }

  @Override
  public int order() {
    return 80;
  }

  @Override
  public String title() {
    return "决议事项落实与督办";
  }

  @Override
  public void write(MeetingRecord meeting, ArchiveWriter writer) {
    List<FollowUp> followUps = service.ofMeeting(meeting.id());
    if (followUps.isEmpty()) {
      return;
    }
    writer.table("follow-up/outcomes.html", "决议事项落实结果",
        List.of("序号", "决议事项", "责任部门", "完成时限", "完成进度", "是否逾期", "结果", "结案时间"),
        followUps.stream().map(f -> List.of(String.valueOf(f.index() + 1), f.resolutionText(), f.departmentName(),
            String.valueOf(f.deadline()), f.progress() + "%", f.overdue() ? "是" : "否", f.statusLabel(),
            f.closedAt() == null ? "" : TIME.format(f.closedAt()))).toList());
    List<List<String>> steps = new ArrayList<>();
    for (FollowUp followUp : followUps) {
      for (FollowUpStep step : queries.trail(followUp)) {
        steps.add(List.of(String.valueOf(followUp.index() + 1), TIME.format(step.occurredAt()), step.actionLabel(),
            step.actorName(), step.actorDepartment() == null ? "" : step.actorDepartment(),
            step.progress() == null ? "" : step.progress() + "%", describe(step)));
      }
    }
    writer.table("follow-up/trail.html", "决议督办记录",
        List.of("决议序号", "时间", "环节", "办理人", "所在部门", "进度", "内容"), steps);
  }

  private static String describe(FollowUpStep step) {
    List<String> parts = new ArrayList<>();
    if (step.text() != null) {
      parts.add(step.text());
    }
    if (step.evidence() != null) {
      parts.add("佐证：" + step.evidence());
    }
    if (step.quality() != null) {
      parts.add("质量：" + step.quality());
    }
    if (step.effect() != null) {
      parts.add("效果：" + step.effect());
    }
    return String.join("；", parts);
  }
}
