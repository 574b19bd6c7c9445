package cn.gov.agency.meeting.audit;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Makes the configured audit retention the history time to live of every process, whatever its
 * BPMN file says: the engine's own default ({@code historyTimeToLive} generic property) only applies
 * to files without one, and every file here carries its own. Set while parsing, so it holds for every
 * deployment path (startup, an administrator's redeploy, the REST API).
 */
@Component
class HistoryRetentionPlugin extends AbstractProcessEnginePlugin {

  private final AuditSettings settings;

  HistoryRetentionPlugin(AuditSettings settings) {
    this.settings = settings;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryTimeToLive("P" + settings.retentionDays() + "D");
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.setHistoryTimeToLive(settings.retentionDays());
      }
    });
  }
}
