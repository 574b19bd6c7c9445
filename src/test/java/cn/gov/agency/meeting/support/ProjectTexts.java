package cn.gov.agency.meeting.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The project's own tables (not the engine's, not the change log that copies every update): which
 * text column of which table holds a marker a test typed. Read from H2's schema, so a new table is
 * searched without naming it here.
 */
public final class ProjectTexts {

  private final JdbcTemplate jdbc;
  private final List<Map<String, Object>> columns;

  public ProjectTexts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.columns = jdbc.queryForList("""
        select TABLE_NAME, COLUMN_NAME from INFORMATION_SCHEMA.COLUMNS
         where TABLE_SCHEMA = 'PUBLIC' and DATA_TYPE in ('CHARACTER VARYING', 'CHARACTER LARGE OBJECT', 'CHARACTER')
           and TABLE_NAME not like 'ACT\\_%' escape '\\' and upper(TABLE_NAME) <> 'RECORD_CHANGE'
           and upper(TABLE_NAME) not like 'FLYWAY%'""");
  }

  /** "table.column" for every column of the project's tables that holds {@code marker} in some row. */
  public List<String> holding(String marker) {
    List<String> found = new ArrayList<>();
    for (Map<String, Object> column : columns) {
      String table = (String) column.get("TABLE_NAME");
      String name = (String) column.get("COLUMN_NAME");
      Long rows = jdbc.queryForObject("select count(*) from \"" + table + "\" where \"" + name + "\" like ?",
          Long.class, "%" + marker + "%");
      if (rows != null && rows > 0) {
        found.add(table.toLowerCase() + "." + name.toLowerCase());
      }
    }
    return found;
  }
}
