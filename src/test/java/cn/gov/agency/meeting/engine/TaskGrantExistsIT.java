package cn.gov.agency.meeting.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.support.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * On PostgreSQL, the database the EXISTS check was written for: every demo user sees through every
 * task query and filter exactly the tasks the engine's own check shows them, over 1,000 random tasks
 * besides the application's own (kept at that size because the whole suite shares two cores).
 * Year 2077 belongs to this test alone.
 */
@IntegrationTest
class TaskGrantExistsIT {

  @Autowired ApplicationContext context;
  @Autowired ProcessEngine engine;

  @Test
  void everyPersonSeesTheSameTasksAsWithTheEnginesOwnCheck() {
    var sessions = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDbSqlSessionFactory();
    assertThat(sessions.mapStatement("selectTaskCountByQueryCriteria")).as("the EXISTS check is installed")
        .endsWith("WithGrantExists");

    int comparisons = new TaskGrantEquivalence(context).prove(1_000, 2077);

    assertThat(comparisons).isGreaterThan(500);
  }
}
