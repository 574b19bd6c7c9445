package cn.gov.agency.meeting.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.support.ProcessTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The configured audit retention is the history time to live in force: the BPMN and DMN files say
 * P1825D, the configuration here says 2000 days, and what the engine carries is 2000 days.
 */
@ProcessTest
// Its own database: the retention it configures must not leak into the shared process-test engine.
@TestPropertySource(properties = {"meeting.audit.retention=P2000D",
    "spring.datasource.url=jdbc:h2:mem:meeting-retention-test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE"})
class HistoryRetentionTest {

  @Autowired RepositoryService repository;
  @Autowired ProcessEngine engine;

  @Test
  void everyDeployedDefinitionCarriesTheConfiguredRetention() {
    assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
        .isNotEmpty().extracting(ProcessDefinition::getHistoryTimeToLive).containsOnly(2000);
    assertThat(repository.createDecisionDefinitionQuery().latestVersion().list())
        .isNotEmpty().extracting(DecisionDefinition::getHistoryTimeToLive).containsOnly(2000);
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryTimeToLive())
        .isEqualTo("P2000D");
  }

  @Test
  void aLaterDeploymentTakesTheConfiguredRetentionWhateverItsFileSays() {
    String deployment = repository.createDeployment().name("retention-test")
        .addModelInstance("retention-test.bpmn", Bpmn.createExecutableProcess("retentionTest").name("保留期限测试")
            .camundaHistoryTimeToLive(1).startEvent().endEvent().done())
        .deploy().getId();
    try {
      assertThat(repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult()
          .getHistoryTimeToLive()).isEqualTo(2000);
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }
}
