package cn.gov.agency.meeting.opinions;

import cn.gov.agency.meeting.archive.ArchiveSection;
import cn.gov.agency.meeting.archive.ArchiveWriter;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.opinions.OpinionQueries.OpinionView;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** R2, R7.4: a symposium's opinions with how each was handled, answered and fed back, and every step. */
@Component
class OpinionArchiveSection implements ArchiveSection {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final OpinionQueries queries;

  OpinionArchiveSection(OpinionQueries queries) {
    this.queries = queries;
  }

  @Override
  public int order() {
    return 82;
  }

  @Override
  public String title() {
    return "意见建议办理与反馈";
  }

  @Override
  public void write(MeetingRecord meeting, ArchiveWriter writer) {
    List<OpinionView> views = queries.ofMeeting(meeting.id());
    if (views.isEmpty()) {
      return;
    }
    writer.table("opinions/answers.html", "意见建议办理结果",
        List.of("序号", "意见建议", "提出人", "答复部门", "答复时限", "办理情况", "答复意见", "结果", "反馈"),
        views.stream().map(v -> {
          SymposiumOpinion o = v.opinion();
          return List.of(String.valueOf(o.index() + 1), o.text(), o.raisedBy(), o.departmentName(),
              String.valueOf(o.deadline()), o.handling() == null ? "" : o.handling(),
              o.answer() == null ? "" : o.answer(), v.statusLabel(),
              String.join("；", v.feedback().stream().map(d -> d.label()).toList()));
        }).toList());
    List<List<String>> steps = new ArrayList<>();
    for (OpinionView view : views) {
      for (OpinionStep step : view.trail()) {
        steps.add(List.of(String.valueOf(view.opinion().index() + 1), TIME.format(step.occurredAt()),
            step.actionLabel(), step.actorName(), step.text() == null ? "" : step.text()));
      }
    }
    writer.table("opinions/trail.html", "意见建议办理记录", List.of("序号", "时间", "环节", "办理人", "内容"), steps);
  }
}
