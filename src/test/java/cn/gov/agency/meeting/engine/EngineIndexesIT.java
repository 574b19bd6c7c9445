package cn.gov.agency.meeting.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.support.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** On PostgreSQL the engine's task table gets the index its completions need, and a restart keeps it. */
@IntegrationTest
class EngineIndexesIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired EngineIndexes indexes;
  @Autowired ProcessEngine engine;

  @Test
  void theParentTaskColumnIsIndexedAndCreatingItAgainChangesNothing() {
    assertThat(indexDefinitions()).singleElement().asString().containsIgnoringCase("(parent_task_id_)");

    indexes.postProcessEngineBuild(engine);

    assertThat(indexDefinitions()).as("a second start adds no second index").hasSize(1);
  }

  private java.util.List<String> indexDefinitions() {
    return jdbc.queryForList("""
        select indexdef from pg_indexes
         where lower(tablename) = 'act_ru_task' and indexdef ilike '%parent_task_id_%'""", String.class);
  }
}
