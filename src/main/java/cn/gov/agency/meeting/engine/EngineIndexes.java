package cn.gov.agency.meeting.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own schema lacks for this application's load. Created by an engine plugin
 * once the engine has built its tables, because Flyway runs before the engine on a fresh database
 * and cannot reach them. {@code if not exists} makes every start after the first a no-op.
 *
 * <p>{@code ACT_RU_TASK.PARENT_TASK_ID_}: the engine looks up sub-tasks on every task completion;
 * without an index that is a scan of all open tasks (docs/benchmarks.md: ~14 ms at 100,000).
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

  static final String TASK_PARENT_INDEX = "meeting_idx_task_parent";

  private DataSource dataSource;
  private String tablePrefix;

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    dataSource = configuration.getDataSource();
    tablePrefix = configuration.getDatabaseTablePrefix();
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("create index if not exists " + TASK_PARENT_INDEX + " on " + tablePrefix
          + "ACT_RU_TASK (PARENT_TASK_ID_)");
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the index " + TASK_PARENT_INDEX + " on ACT_RU_TASK", e);
    }
  }
}
