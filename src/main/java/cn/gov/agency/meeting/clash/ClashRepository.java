package cn.gov.agency.meeting.clash;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Who takes part in which meeting when: meeting_participant rows, substitutes included. */
@Repository
class ClashRepository {

  private final NamedParameterJdbcTemplate jdbc;

  ClashRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Participations of these people in meetings overlapping [start, end) that are not cancelled.
   * Someone on approved leave does not attend; their substitute has a row of their own and does.
   */
  List<Participation> overlapping(LocalDateTime start, LocalDateTime end, Collection<String> userIds,
      Long excludeMeetingId) {
    return jdbc.query("""
        select p.person_user_id, pe.family_name, pe.given_name, pe.rank_order,
               case when exists (select 1 from department_leader l where l.leader_user_id = p.person_user_id)
                    then 1 else 0 end as leader,
               m.id as meeting_id, m.title, m.planned_start, m.planned_end, m.confidential
          from meeting_participant p
          join meeting m on m.id = p.meeting_id
          join person pe on pe.user_id = p.person_user_id
         where p.person_user_id in (:people) and p.on_leave = false
           and m.status <> 'CANCELLED' and m.planned_start < :end and m.planned_end > :start
           and m.id <> :exclude
         order by p.person_user_id, m.planned_start, m.id""",
        Map.of("people", userIds, "start", Timestamp.valueOf(start), "end", Timestamp.valueOf(end),
            // Meeting ids are positive: -1 excludes none, without a typeless null parameter.
            "exclude", excludeMeetingId == null ? -1L : excludeMeetingId),
        (rs, i) -> new Participation(rs.getString("person_user_id"),
            rs.getString("family_name") + rs.getString("given_name"), rs.getInt("rank_order"),
            rs.getInt("leader") == 1, rs.getLong("meeting_id"), rs.getString("title"),
            rs.getTimestamp("planned_start").toLocalDateTime(), rs.getTimestamp("planned_end").toLocalDateTime(),
            rs.getBoolean("confidential")));
  }

  record Participation(String userId, String name, int rankOrder, boolean leader, long meetingId, String title,
      LocalDateTime start, LocalDateTime end, boolean confidential) {}
}
