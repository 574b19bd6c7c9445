package cn.gov.agency.meeting.opinions;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 建立办理事项: picks this instance's opinion and sets the department's name and the timer dates. */
@Component("openOpinionDelegate")
class OpenOpinionDelegate implements JavaDelegate {

  private final OpinionService service;
  private final OpinionTime time;

  OpenOpinionDelegate(OpinionService service, OpinionTime time) {
    this.service = service;
    this.time = time;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OpinionService.Opened opened = service.open(ProcessBinding.meetingId(execution),
        ((Number) execution.getVariable(OpinionVariables.OPINION_INDEX)).intValue(), execution.getProcessInstanceId(),
        Actor.of(execution), time.now());
    execution.setVariable(OpinionVariables.OPINION_ID, opened.opinion().id());
    execution.setVariable(OpinionVariables.OWNER_DEPARTMENT_NAME, opened.opinion().departmentName());
    execution.setVariable(OpinionVariables.DEADLINE, time.date(opened.dueAt()));
    execution.setVariable(OpinionVariables.REMIND_AT, time.date(opened.remindAt()));
    execution.setVariable(OpinionVariables.OVERDUE_AT, time.date(opened.overdueAt()));
    execution.setVariable(OpinionVariables.PAGE_URL, opened.pageUrl());
  }
}
