package cn.gov.agency.meeting.passon;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 核对本部门传达情况: completing the department's task is refused while it has recorded nothing;
 * then its members are asked to acknowledge.
 */
@Component("completeDepartmentPassingOnDelegate")
class CompleteDepartmentPassingOnDelegate implements JavaDelegate {

  private final PassOnService service;

  CompleteDepartmentPassingOnDelegate(PassOnService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessInput.checked(() -> service.completeDepartment(ProcessBinding.meetingId(execution),
        (String) execution.getVariable(PassOnVariables.DEPARTMENT), Actor.of(execution)));
  }
}
