package cn.gov.agency.meeting.organisation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The unit a person is named with on notices, attendance lists, minutes and the pages' header:
 * their department — except the agency's leaders, whom the organisation files under a department
 * (the office) for administration, but who are read as the leadership: 钱军（局领导 副局长）, never
 * 「办公室 副局长」. A leader is whoever leads a department (分管领导).
 */
@Component
public class PersonUnits {

  private final JdbcTemplate jdbc;
  private final String leadershipUnit;

  public PersonUnits(JdbcTemplate jdbc, @Value("${meeting.leadership-unit:局领导}") String leadershipUnit) {
    this.jdbc = jdbc;
    this.leadershipUnit = leadershipUnit;
  }

  public String unitOf(Person person) {
    Integer leads = jdbc.queryForObject("select count(*) from department_leader where leader_user_id = ?",
        Integer.class, person.userId());
    return leads != null && leads > 0 ? leadershipUnit : person.departmentName();
  }
}
