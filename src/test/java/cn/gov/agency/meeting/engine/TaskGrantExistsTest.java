package cn.gov.agency.meeting.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.support.ProcessTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** On H2 (development, process tests): the EXISTS check is installed and shows everyone the engine's tasks. */
@ProcessTest
class TaskGrantExistsTest {

  @Autowired ApplicationContext context;
  @Autowired ProcessEngine engine;

  @Test
  void everyPersonSeesTheSameTasksAsWithTheEnginesOwnCheck() {
    var sessions = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDbSqlSessionFactory();
    assertThat(sessions.mapStatement("selectTaskByQueryCriteria")).endsWith("WithGrantExists");

    int comparisons = new TaskGrantEquivalence(context).prove(300, 2078);

    assertThat(comparisons).isGreaterThan(500);
  }
}
