package cn.gov.agency.meeting.plan;

import cn.gov.agency.meeting.archive.ArchiveSection;
import cn.gov.agency.meeting.archive.ArchiveWriter;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The annual-plan entry a planned meeting came from, and who approved the plan (R3.1, R7.4). */
@Component
class PlanEntryArchiveSection implements ArchiveSection {

  private final JdbcTemplate jdbc;

  PlanEntryArchiveSection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public int order() {
    return 11;
  }

  @Override
  public String title() {
    return "年度会议计划条目";
  }

  @Override
  public boolean appliesTo(MeetingRecord meeting) {
    return meeting.planEntryId() != null;
  }

  @Override
  public void write(MeetingRecord meeting, ArchiveWriter writer) {
    List<List<List<String>>> found = jdbc.query("""
        select e.*, p.plan_year, p.decided_by, p.decided_at, d.submitted_by
          from plan_entry e join department_plan d on d.id = e.department_plan_id
          join annual_plan p on p.id = d.annual_plan_id where e.id = ?""",
        (rs, i) -> List.of(
            List.of("计划年度", String.valueOf(rs.getInt("plan_year"))),
            List.of("会议名称", rs.getString("name")),
            List.of("计划时间", rs.getDate("planned_date") != null ? rs.getDate("planned_date").toString()
                : rs.getInt("planned_month") + "月"),
            List.of("时长（小时）", rs.getBigDecimal("planned_hours").toPlainString()),
            List.of("地点", rs.getString("place")),
            List.of("参会人数", String.valueOf(rs.getInt("participant_count"))),
            List.of("参会人员", rs.getString("participants")),
            List.of("会议内容", rs.getString("content")),
            List.of("预计经费（元）", rs.getBigDecimal("estimated_cost").toPlainString()),
            List.of("部门报送人", String.valueOf(rs.getString("submitted_by"))),
            List.of("领导班子审定", rs.getString("decided_by") == null ? ""
                : rs.getString("decided_by") + "，" + rs.getTimestamp("decided_at").toLocalDateTime().toLocalDate())),
        meeting.planEntryId());
    List<List<String>> rows = found.isEmpty() ? List.of() : found.get(0);
    writer.table("plan-entry.html", "年度会议计划条目", List.of("项目", "内容"), rows);
  }
}
