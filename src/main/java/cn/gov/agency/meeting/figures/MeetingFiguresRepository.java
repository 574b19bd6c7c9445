package cn.gov.agency.meeting.figures;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MeetingFiguresRepository {

  private final JdbcTemplate jdbc;

  MeetingFiguresRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Every department appears, also one without meetings: zero is a figure too. */
  List<DepartmentFigures> byDepartment(int year) {
    return jdbc.query("""
        select d.code, d.name,
               coalesce(sum(case when m.source = 'PLAN' then 1 else 0 end), 0) as planned,
               coalesce(sum(case when m.status = 'HELD' then 1 else 0 end), 0) as held,
               coalesce(sum(case when m.source = 'ADHOC' then 1 else 0 end), 0) as adhoc,
               coalesce(sum(m.expected_participants), 0) as participants,
               coalesce(sum(m.planned_hours), 0) as hours,
               coalesce(sum(m.budget_estimate), 0) as estimated_cost
          from department d
          left join meeting m on m.host_department_code = d.code and m.meeting_year = ?
         group by d.code, d.name, d.sort_order
         order by d.sort_order, d.code
        """, (rs, i) -> new DepartmentFigures(rs.getString("code"), rs.getString("name"), rs.getInt("planned"),
            rs.getInt("held"), rs.getInt("adhoc"), rs.getInt("participants"), scale(rs.getBigDecimal("hours"), 1),
            scale(rs.getBigDecimal("estimated_cost"), 2), null), year);
  }

  private static BigDecimal scale(BigDecimal value, int scale) {
    return value.setScale(scale, java.math.RoundingMode.HALF_UP);
  }
}
