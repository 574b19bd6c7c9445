package cn.gov.agency.meeting.organisation;

import cn.gov.agency.meeting.organisation.OrganisationSeed.DepartmentSeed;
import cn.gov.agency.meeting.organisation.OrganisationSeed.PersonSeed;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The organisation in the project's own tables: who works where, and who leads what. */
@Repository
public class OrganisationDirectory {

  private static final String PERSON_SELECT = """
      select p.user_id, p.family_name, p.given_name, p.department_code, d.name as department_name,
             p.position, p.gender, p.email, p.rank_order
        from person p join department d on d.code = p.department_code
      """;

  private static final RowMapper<Person> PERSON = (rs, i) -> new Person(
      rs.getString("user_id"), rs.getString("family_name"), rs.getString("given_name"),
      rs.getString("department_code"), rs.getString("department_name"), rs.getString("position"),
      rs.getString("gender"), rs.getString("email"), rs.getInt("rank_order"));

  private final JdbcTemplate jdbc;

  public OrganisationDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Person> person(String userId) {
    return jdbc.query(PERSON_SELECT + " where p.user_id = ? and p.active", PERSON, userId)
        .stream().findFirst();
  }

  /** Kept out of {@link Person}: only the SMS reminder of an urgent task needs the number. */
  public Optional<String> phoneOf(String userId) {
    return jdbc.queryForList("select phone from person where user_id = ? and active", String.class, userId)
        .stream().filter(phone -> phone != null && !phone.isBlank()).findFirst();
  }

  /** Active people whose full name (family + given) is exactly this. */
  public List<Person> peopleNamed(String fullName) {
    return jdbc.query(PERSON_SELECT + " where p.family_name || p.given_name = ? and p.active",
        PERSON, fullName);
  }

  public List<Person> people() {
    return jdbc.query(PERSON_SELECT + " where p.active order by p.rank_order, p.user_id", PERSON);
  }

  public Optional<Department> department(String code) {
    return jdbc.query("select code, name from department where code = ?",
        (rs, i) -> new Department(rs.getString(1), rs.getString(2)), code).stream().findFirst();
  }

  public List<Department> departments() {
    return jdbc.query("select code, name from department order by sort_order, code",
        (rs, i) -> new Department(rs.getString(1), rs.getString(2)));
  }

  public List<String> leadersOf(String departmentCode) {
    return jdbc.queryForList(
        "select leader_user_id from department_leader where department_code = ? order by leader_user_id",
        String.class, departmentCode);
  }

  /**
   * Makes the tables say what the organisation file says. People no longer in the file are
   * deactivated, not deleted: meetings and applications keep pointing at them.
   */
  @Transactional
  public void synchronise(OrganisationSeed seed) {
    int order = 0;
    for (DepartmentSeed department : seed.departments()) {
      order += 10;
      if (jdbc.update("update department set name = ?, sort_order = ? where code = ?",
          department.name(), order, department.code()) == 0) {
        jdbc.update("insert into department (code, name, sort_order) values (?, ?, ?)",
            department.code(), department.name(), order);
      }
    }
    for (PersonSeed p : seed.people()) {
      Object[] values = {p.familyName(), p.givenName(), p.department(), p.position(), p.gender(),
          p.phone(), p.email(), p.rank(), p.id()};
      if (jdbc.update("""
          update person set family_name = ?, given_name = ?, department_code = ?, position = ?,
                 gender = ?, phone = ?, email = ?, rank_order = ?, active = true where user_id = ?
          """, values) == 0) {
        jdbc.update("""
            insert into person (family_name, given_name, department_code, position, gender, phone,
                                email, rank_order, user_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, values);
      }
      // Only a real change touches the rows: every deletion is written to the audit's change log.
      Set<String> leads = Set.copyOf(jdbc.queryForList(
          "select department_code from department_leader where leader_user_id = ?", String.class, p.id()));
      if (!leads.equals(Set.copyOf(p.leads()))) {
        jdbc.update("delete from department_leader where leader_user_id = ?", p.id());
        for (String led : p.leads()) {
          jdbc.update("insert into department_leader (leader_user_id, department_code) values (?, ?)",
              p.id(), led);
        }
      }
    }
    Set<String> inFile = seed.people().stream().map(PersonSeed::id).collect(Collectors.toSet());
    for (String userId : jdbc.queryForList("select user_id from person where active", String.class)) {
      if (!inFile.contains(userId)) {
        jdbc.update("update person set active = false where user_id = ?", userId);
        jdbc.update("delete from department_leader where leader_user_id = ?", userId);
      }
    }
  }
}
