package cn.gov.agency.meeting.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where the engine keeps text: its runtime variables, its variable history and its history details
 * (variable updates and submitted form properties), columns TEXT_ and TEXT2_. A test asks which of
 * them holds a marker it typed.
 */
public final class EngineTexts {

  public static final List<String> TABLES = List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL");

  private final JdbcTemplate jdbc;

  public EngineTexts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** "TABLE.NAME_=…" for every engine row whose text holds {@code marker}; empty when the engine has none. */
  public List<String> holding(String marker) {
    List<String> found = new ArrayList<>();
    for (String table : TABLES) {
      jdbc.query("select NAME_, TEXT_, TEXT2_ from " + table + " where TEXT_ like ? or TEXT2_ like ?",
          rs -> {
            found.add(table + "." + rs.getString("NAME_") + "=" + rs.getString("TEXT_"));
          }, "%" + marker + "%", "%" + marker + "%");
    }
    return found;
  }

  /** The same for a number typed into a form (columns DOUBLE_ and LONG_). */
  public List<String> holdingNumber(double number) {
    List<String> found = new ArrayList<>();
    for (String table : TABLES) {
      jdbc.query("select NAME_ from " + table + " where DOUBLE_ = ? or LONG_ = ?",
          rs -> {
            found.add(table + "." + rs.getString("NAME_"));
          }, number, (long) number == number ? (long) number : Long.MIN_VALUE);
    }
    return found;
  }
}
