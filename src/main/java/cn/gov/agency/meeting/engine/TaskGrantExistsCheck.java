package cn.gov.agency.meeting.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes the engine's task query (Tasklist's filters and their counts, {@code /engine-rest/task},
 * every {@code TaskQuery}) check a person's task grants with {@code EXISTS} per task, which the
 * database answers through the index on the grant's resource id, instead of the engine's join of all
 * the person's grant rows, which PostgreSQL can only filter: the inbox count went with the square of
 * the open tasks (7.3 s at 100,000, docs/benchmarks.md).
 *
 * <p>The engine looks every statement name up in {@link DbSqlSessionFactory#getStatementMappings()}
 * before it runs it (that is how it swaps in database-specific statements); this plugin adds its own
 * two statements ({@code task-grant-exists.xml}) to the engine's MyBatis configuration and maps the
 * task query and count onto them. They reuse the engine's SQL for all the criteria and change only
 * how the grant rows are matched. {@code meeting.engine.task-grant-exists: false} leaves the engine
 * as it is.
 */
@Component
public class TaskGrantExistsCheck extends AbstractProcessEnginePlugin {

  static final String MAPPING = "cn/gov/agency/meeting/engine/task-grant-exists.xml";
  static final String NAMESPACE = "cn.gov.agency.meeting.engine.TaskGrantExists.";
  static final Map<String, String> STATEMENTS = Map.of(
      "selectTaskByQueryCriteria", NAMESPACE + "selectTaskByQueryCriteriaWithGrantExists",
      "selectTaskCountByQueryCriteria", NAMESPACE + "selectTaskCountByQueryCriteriaWithGrantExists");

  private static final AuthorizationCheck NOTHING_TO_CHECK = new AuthorizationCheck();

  private final boolean enabled;

  TaskGrantExistsCheck(@Value("${meeting.engine.task-grant-exists:true}") boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    Configuration myBatis = configuration.getSqlSessionFactory().getConfiguration();
    if (!myBatis.hasStatement(STATEMENTS.get("selectTaskByQueryCriteria"))) {
      try (InputStream mapping = TaskGrantExistsCheck.class.getClassLoader().getResourceAsStream(MAPPING)) {
        new XMLMapperBuilder(mapping, myBatis, MAPPING, myBatis.getSqlFragments()).parse();
      } catch (IOException e) {
        throw new IllegalStateException("could not read " + MAPPING, e);
      }
    }
    use(configuration, enabled);
  }

  /**
   * Switches the running engine between this check ({@code true}) and the engine's own join: for the
   * test that compares the two and the benchmark that measures both on the same data.
   */
  public static void use(ProcessEngineConfigurationImpl configuration, boolean grantExists) {
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    Map<String, String> mappings = sessions.getStatementMappings() == null
        ? new HashMap<>() : new HashMap<>(sessions.getStatementMappings());
    if (grantExists) {
      mappings.putAll(STATEMENTS);
    } else {
      STATEMENTS.keySet().forEach(mappings::remove);
    }
    // a fresh map: the engine's own one is shared by every engine of this database type in the JVM
    sessions.setStatementMappings(mappings);
  }

  /** Whether the EXISTS shape says the same as the engine's join (called from the mapping). */
  public static boolean appliesTo(AuthorizationCheck check) {
    return check != null && check.shouldPerformAuthorizatioCheck() && check.getAuthUserId() != null
        && !check.isRevokeAuthorizationCheckEnabled()
        && (check.getPermissionChecks().getCompositeChecks() == null
            || check.getPermissionChecks().getCompositeChecks().isEmpty());
  }

  /** What the engine's criteria see instead of the person's check, so that they add no join of their own. */
  public static AuthorizationCheck nothingToCheck() {
    return NOTHING_TO_CHECK;
  }
}
