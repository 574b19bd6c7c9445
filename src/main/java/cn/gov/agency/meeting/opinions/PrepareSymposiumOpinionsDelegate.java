package cn.gov.agency.meeting.opinions;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 准备意见建议办理 (in 会后工作): one row per opinion of the approved minutes; opinionCount is the
 * cardinality of the multi-instance call of symposiumOpinion (0 for meetings without opinions).
 */
@Component("prepareSymposiumOpinionsDelegate")
class PrepareSymposiumOpinionsDelegate implements JavaDelegate {

  private final OpinionService service;
  private final OpinionTime time;

  PrepareSymposiumOpinionsDelegate(OpinionService service, OpinionTime time) {
    this.service = service;
    this.time = time;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int count = service.prepare(ProcessBinding.meetingId(execution), Actor.of(execution), time.now());
    execution.setVariable(OpinionVariables.OPINION_COUNT, count);
  }
}
