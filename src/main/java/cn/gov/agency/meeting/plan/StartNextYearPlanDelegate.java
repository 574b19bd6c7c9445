package cn.gov.agency.meeting.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 发起下一年度计划: starts the plan process without a year, which makes it next year's plan (or
 * nothing, when the office already started that one). A separate process because Camunda allows a
 * process only one kind of plain start: the office's form start or a timer.
 */
@Component("startNextYearPlanDelegate")
class StartNextYearPlanDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(PlanVariables.PROCESS_KEY, "plan-auto-" + execution.getProcessInstanceId());
  }
}
