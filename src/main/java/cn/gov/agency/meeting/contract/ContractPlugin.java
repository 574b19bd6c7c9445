package cn.gov.agency.meeting.contract;

import java.time.ZoneId;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link PeopleCommandGuard} into every command the engine runs (the starter applies plugin
 * beans), and keeps submitted form values out of the engine's history ({@link FormPropertyHistoryOff}).
 */
@Component
class ContractPlugin extends AbstractProcessEnginePlugin {

  private final DeployedFormContracts forms;
  private final ContractCheck check;
  private final Nesting nesting = new Nesting();

  ContractPlugin(DeployedFormContracts forms, @Value("${meeting.time-zone:Asia/Shanghai}") String zone) {
    this.forms = forms;
    this.check = new ContractCheck(ZoneId.of(zone));
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new PeopleCommandGuard(nesting, forms, check));
    if (configuration.getCustomPostCommandInterceptorsTxRequiresNew() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequiresNew(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequiresNew().add(new PeopleCommandGuard(nesting, forms, check));
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new FormPropertyHistoryOff(configuration.getHistoryEventHandler()));
  }
}
