package cn.gov.agency.meeting.audit;

import java.util.Objects;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After the startup deployment (order 10): definitions deployed before the retention was changed,
 * and the decision tables (whose files carry their own), take the configured retention too, since
 * an unchanged folder deploys nothing new.
 */
@Component
@Order(15)
class RetentionOnStartup implements ApplicationRunner {

  private final RepositoryService repository;
  private final AuditSettings settings;

  RetentionOnStartup(RepositoryService repository, AuditSettings settings) {
    this.repository = repository;
    this.settings = settings;
  }

  @Override
  public void run(ApplicationArguments args) {
    Integer days = settings.retentionDays();
    repository.createProcessDefinitionQuery().list().stream()
        .filter(definition -> !Objects.equals(definition.getHistoryTimeToLive(), days))
        .forEach(definition -> repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days));
    repository.createDecisionDefinitionQuery().list().stream()
        .filter(definition -> !Objects.equals(definition.getHistoryTimeToLive(), days))
        .forEach(definition -> repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days));
  }
}
