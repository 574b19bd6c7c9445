package cn.gov.agency.meeting.figures;

import cn.gov.agency.meeting.meeting.MeetingStatus;
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

  /**
   * Every department appears, also one without meetings: zero is a figure too. A meeting archived
   * after it was held (R7.4) still counts as held. A cancelled meeting is no meeting: it adds nothing
   * (R1.2 counts what takes people's time and money). The actual cost is what finance reimbursed
   * (the claim's reimbursed total). Confidential meetings are left out here: whose row they count in
   * depends on who reads (see {@link #confidentialOf}).
   */
  List<DepartmentFigures> byDepartment(int year) {
    return jdbc.query("""
        select d.code, d.name,
               coalesce(sum(case when m.source = 'PLAN' then 1 else 0 end), 0) as planned,
               coalesce(sum(case when m.status in ('HELD', 'ARCHIVED') then 1 else 0 end), 0) as held,
               coalesce(sum(case when m.source = 'ADHOC' then 1 else 0 end), 0) as adhoc,
               coalesce(sum(m.expected_participants), 0) as participants,
               coalesce(sum(case when m.status in ('HELD', 'ARCHIVED') then m.expected_participants else 0 end), 0) as held_participants,
               coalesce(sum(case when m.status in ('HELD', 'ARCHIVED') then coalesce(a.attended, 0) else 0 end), 0) as attended,
               coalesce(sum(m.planned_hours), 0) as hours,
               coalesce(sum(m.budget_estimate), 0) as estimated_cost,
               sum(c.reimbursed_total) as actual_cost
          from department d
          left join meeting m on m.host_department_code = d.code and m.meeting_year = ? and not m.confidential
                             and m.status <> 'CANCELLED'
          left join reimbursement_claim c on c.meeting_id = m.id and c.status = 'REIMBURSED'
          left join (select meeting_id, count(*) as attended from meeting_participant
                      where attendance in ('PRESENT', 'LATE') group by meeting_id) a on a.meeting_id = m.id
         group by d.code, d.name, d.sort_order
         order by d.sort_order, d.code
        """, (rs, i) -> new DepartmentFigures(rs.getString("code"), rs.getString("name"), rs.getInt("planned"),
            rs.getInt("held"), rs.getInt("adhoc"), rs.getInt("participants"),
            rs.getInt("held_participants"), rs.getInt("attended"), scale(rs.getBigDecimal("hours"), 1),
            scale(rs.getBigDecimal("estimated_cost"), 2), scaleOrNull(rs.getBigDecimal("actual_cost"))), year);
  }

  /**
   * A department's meetings of the year so far, confidential ones included (only totals leave this
   * class, for the R1.2 limits), cancelled ones left out.
   */
  YearToDate yearToDate(String departmentCode, int year) {
    return jdbc.queryForObject("""
        select count(*) as meetings, coalesce(sum(expected_participants), 0) as participants,
               coalesce(sum(planned_hours), 0) as hours, coalesce(sum(budget_estimate), 0) as cost
          from meeting
         where host_department_code = ? and meeting_year = ? and status <> 'CANCELLED'
        """, (rs, i) -> new YearToDate(rs.getInt("meetings"), rs.getInt("participants"), scale(rs.getBigDecimal("hours"), 1),
            scale(rs.getBigDecimal("cost"), 2)), departmentCode, year);
  }

  record YearToDate(int meetings, int participants, BigDecimal hours, BigDecimal cost) {}

  /** The year's confidential meetings one by one, with what each adds to its department's figures. */
  List<ConfidentialMeeting> confidentialOf(int year) {
    return jdbc.query("""
        select m.id, m.source, m.status, coalesce(m.expected_participants, 0) as participants,
               (select count(*) from meeting_participant p
                 where p.meeting_id = m.id and p.attendance in ('PRESENT', 'LATE')) as attended,
               (select c.reimbursed_total from reimbursement_claim c
                 where c.meeting_id = m.id and c.status = 'REIMBURSED') as actual_cost
          from meeting m
         where m.meeting_year = ? and m.confidential and m.status <> 'CANCELLED'
         order by m.id
        """, (rs, i) -> new ConfidentialMeeting(rs.getLong("id"), rs.getString("source"),
            MeetingStatus.valueOf(rs.getString("status")), rs.getInt("participants"), rs.getInt("attended"),
            rs.getBigDecimal("actual_cost")), year);
  }

  /** {@code actualCost}: the reimbursed total, null until the claim is reimbursed. */
  record ConfidentialMeeting(long meetingId, String source, MeetingStatus status, int participants, int attended,
      BigDecimal actualCost) {

    boolean held() {
      return status == MeetingStatus.HELD || status == MeetingStatus.ARCHIVED;
    }
  }

  /** No reimbursed claim yet is no figure (shown as —), not zero yuan. */
  private static BigDecimal scaleOrNull(BigDecimal value) {
    return value == null ? null : scale(value, 2);
  }

  private static BigDecimal scale(BigDecimal value, int scale) {
    return value.setScale(scale, java.math.RoundingMode.HALF_UP);
  }
}
