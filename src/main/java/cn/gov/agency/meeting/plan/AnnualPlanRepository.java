package cn.gov.agency.meeting.plan;

import cn.gov.agency.meeting.plan.DepartmentPlan.PlanEntry;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AnnualPlanRepository {

  private static final String DEPARTMENT_PLAN_SELECT = """
      select dp.*, d.name as department_name from department_plan dp
        join department d on d.code = dp.department_code
      """;

  private final JdbcTemplate jdbc;

  AnnualPlanRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insertPlan(int year, String processInstanceId, LocalDate deadline, String startedBy, LocalDateTime now) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into annual_plan (plan_year, process_instance_id, status, submission_deadline, started_by, started_at)
          values (?, ?, ?, ?, ?, ?)
          """, new String[] {"id"});
      statement.setInt(1, year);
      statement.setString(2, processInstanceId);
      statement.setString(3, PlanStatus.COLLECTING.name());
      statement.setDate(4, Date.valueOf(deadline));
      statement.setString(5, startedBy);
      statement.setTimestamp(6, Timestamp.valueOf(now));
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  boolean yearTaken(int year) {
    return jdbc.queryForObject("select count(*) from annual_plan where plan_year = ?", Integer.class, year) > 0;
  }

  Optional<AnnualPlan> findPlan(long id) {
    return jdbc.query("select * from annual_plan where id = ?", (rs, i) -> mapPlan(rs), id).stream().findFirst();
  }

  /** The plan an 年度会议计划审批 instance opened: the row stores its instance id. */
  Optional<AnnualPlan> findPlanByProcessInstance(String processInstanceId) {
    return jdbc.query("select * from annual_plan where process_instance_id = ?", (rs, i) -> mapPlan(rs),
        processInstanceId).stream().findFirst();
  }

  List<AnnualPlan> findPlans() {
    return jdbc.query("select * from annual_plan order by plan_year desc", (rs, i) -> mapPlan(rs));
  }

  void changePlanStatus(long id, PlanStatus status) {
    jdbc.update("update annual_plan set status = ? where id = ?", status.name(), id);
  }

  void recordDecision(long id, PlanStatus status, String decidedBy, String comment, LocalDateTime now) {
    jdbc.update("update annual_plan set status = ?, decided_by = ?, decided_at = ?, decision_comment = ? where id = ?",
        status.name(), decidedBy, Timestamp.valueOf(now), comment, id);
  }

  void insertDepartmentPlan(long planId, String departmentCode, DepartmentPlanStatus status) {
    jdbc.update("insert into department_plan (annual_plan_id, department_code, status) values (?, ?, ?)",
        planId, departmentCode, status.name());
  }

  Optional<DepartmentPlan> findDepartmentPlan(long planId, String departmentCode) {
    return jdbc.query(DEPARTMENT_PLAN_SELECT + " where dp.annual_plan_id = ? and dp.department_code = ?",
        (rs, i) -> mapDepartmentPlan(rs), planId, departmentCode).stream().findFirst();
  }

  List<DepartmentPlan> findDepartmentPlans(long planId) {
    return jdbc.query(DEPARTMENT_PLAN_SELECT + " where dp.annual_plan_id = ? order by d.sort_order, d.code",
        (rs, i) -> mapDepartmentPlan(rs), planId);
  }

  List<String> departmentCodes(long planId, DepartmentPlanStatus status) {
    return jdbc.queryForList("""
        select dp.department_code from department_plan dp join department d on d.code = dp.department_code
         where dp.annual_plan_id = ? and dp.status = ? order by d.sort_order, d.code
        """, String.class, planId, status.name());
  }

  void submit(long departmentPlanId, String actor, boolean late, LocalDateTime now) {
    jdbc.update("""
        update department_plan set status = ?, submitted_by = ?, submitted_at = ?, late = late or ?
         where id = ?
        """, DepartmentPlanStatus.SUBMITTED.name(), actor, Timestamp.valueOf(now), late, departmentPlanId);
  }

  void markLate(long departmentPlanId) {
    jdbc.update("update department_plan set late = true where id = ?", departmentPlanId);
  }

  void returnForRevision(long departmentPlanId, String comment) {
    jdbc.update("update department_plan set status = ?, return_comment = ? where id = ?",
        DepartmentPlanStatus.RETURNED.name(), comment, departmentPlanId);
  }

  void setNoMeetings(long departmentPlanId, boolean noMeetings) {
    jdbc.update("update department_plan set no_meetings = ? where id = ?", noMeetings, departmentPlanId);
  }

  long insertEntry(long departmentPlanId, PlanEntryInput entry) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into plan_entry (department_plan_id, name, meeting_type, planned_date, planned_month,
              planned_hours, place, participant_count, participants, content, estimated_cost)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """, new String[] {"id"});
      statement.setLong(1, departmentPlanId);
      statement.setString(2, entry.name());
      statement.setString(3, entry.meetingType());
      statement.setDate(4, entry.plannedDate() == null ? null : Date.valueOf(entry.plannedDate()));
      statement.setObject(5, entry.plannedMonth());
      statement.setBigDecimal(6, entry.plannedHours());
      statement.setString(7, entry.place());
      statement.setInt(8, entry.participantCount());
      statement.setString(9, entry.participants());
      statement.setString(10, entry.content());
      statement.setBigDecimal(11, entry.estimatedCost());
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  boolean deleteEntry(long departmentPlanId, long entryId) {
    return jdbc.update("delete from plan_entry where id = ? and department_plan_id = ?", entryId, departmentPlanId) == 1;
  }

  /** The leadership team's meeting that decided, with who of the team attended. */
  void insertLeadershipMeeting(long planId, LeadershipMeetingForm.Input meeting, LeadershipDecision decision,
      String comment, String recordedBy, LocalDateTime now) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into annual_plan_leadership_meeting (annual_plan_id, held_on, meeting_name, decision,
                                                      decision_comment, recorded_by, recorded_at)
          values (?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      statement.setLong(1, planId);
      statement.setDate(2, Date.valueOf(meeting.heldOn()));
      statement.setString(3, meeting.meetingName());
      statement.setString(4, decision.name());
      statement.setString(5, comment);
      statement.setString(6, recordedBy);
      statement.setTimestamp(7, Timestamp.valueOf(now));
      return statement;
    }, keys);
    long id = keys.getKey().longValue();
    for (String attendee : meeting.attendees()) {
      jdbc.update("insert into annual_plan_leadership_attendee (leadership_meeting_id, person_user_id) values (?, ?)",
          id, attendee);
    }
  }

  /** The team's deciding meetings of a plan, oldest first; attendees by name in the organisation's order. */
  List<LeadershipMeeting> leadershipMeetings(long planId) {
    return jdbc.query("""
        select id, annual_plan_id, held_on, meeting_name, decision, decision_comment, recorded_by, recorded_at
          from annual_plan_leadership_meeting where annual_plan_id = ? order by recorded_at, id""",
        (rs, i) -> new LeadershipMeeting(rs.getLong("id"), rs.getLong("annual_plan_id"),
            rs.getDate("held_on").toLocalDate(), rs.getString("meeting_name"), attendeeNames(rs.getLong("id")),
            LeadershipDecision.valueOf(rs.getString("decision")), rs.getString("decision_comment"),
            rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toLocalDateTime()), planId);
  }

  private List<String> attendeeNames(long leadershipMeetingId) {
    return jdbc.queryForList("""
        select p.family_name || p.given_name from annual_plan_leadership_attendee a
          join person p on p.user_id = a.person_user_id
         where a.leadership_meeting_id = ? order by p.rank_order, p.user_id""", String.class, leadershipMeetingId);
  }

  void addEvent(long planId, String departmentCode, PlanAction action, String actor, String comment, LocalDateTime now) {
    jdbc.update("""
        insert into plan_event (annual_plan_id, department_code, action, actor_user_id, comment, occurred_at)
        values (?, ?, ?, ?, ?, ?)
        """, planId, departmentCode, action.name(), actor, comment, Timestamp.valueOf(now));
  }

  List<PlanEvent> events(long planId) {
    return jdbc.query("""
        select department_code, action, actor_user_id, comment, occurred_at from plan_event
         where annual_plan_id = ? order by occurred_at, id
        """, (rs, i) -> new PlanEvent(rs.getString(1), PlanAction.valueOf(rs.getString(2)), rs.getString(3),
            rs.getString(4), rs.getTimestamp(5).toLocalDateTime()), planId);
  }

  private List<PlanEntry> entries(long departmentPlanId) {
    return jdbc.query("select * from plan_entry where department_plan_id = ? order by coalesce(planned_month, 13), planned_date, id",
        (rs, i) -> {
          Date date = rs.getDate("planned_date");
          return new PlanEntry(rs.getLong("id"), rs.getString("name"), rs.getString("meeting_type"),
              date == null ? null : date.toLocalDate(), rs.getObject("planned_month", Integer.class),
              rs.getBigDecimal("planned_hours"), rs.getString("place"), rs.getInt("participant_count"),
              rs.getString("participants"), rs.getString("content"), rs.getBigDecimal("estimated_cost"));
        }, departmentPlanId);
  }

  private DepartmentPlan mapDepartmentPlan(ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    Timestamp submittedAt = rs.getTimestamp("submitted_at");
    return new DepartmentPlan(id, rs.getLong("annual_plan_id"), rs.getString("department_code"),
        rs.getString("department_name"), DepartmentPlanStatus.valueOf(rs.getString("status")),
        rs.getBoolean("no_meetings"), rs.getString("submitted_by"),
        submittedAt == null ? null : submittedAt.toLocalDateTime(), rs.getBoolean("late"),
        rs.getString("return_comment"), entries(id));
  }

  private static AnnualPlan mapPlan(ResultSet rs) throws SQLException {
    Timestamp decidedAt = rs.getTimestamp("decided_at");
    return new AnnualPlan(rs.getLong("id"), rs.getInt("plan_year"), rs.getString("process_instance_id"),
        PlanStatus.valueOf(rs.getString("status")), rs.getDate("submission_deadline").toLocalDate(),
        rs.getString("started_by"), rs.getTimestamp("started_at").toLocalDateTime(), rs.getString("decided_by"),
        decidedAt == null ? null : decidedAt.toLocalDateTime(), rs.getString("decision_comment"));
  }
}
