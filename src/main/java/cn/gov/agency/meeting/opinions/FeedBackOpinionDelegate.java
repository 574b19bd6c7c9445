package cn.gov.agency.meeting.opinions;

import cn.gov.agency.meeting.bulletin.BulletinDispatch;
import cn.gov.agency.meeting.engine.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 反馈提出人: the accepted answer written as a bulletin for whoever raised the opinion, and its sending
 * (通报送达) started in the same transaction — once only, however often this step is retried.
 */
@Component("feedBackOpinionDelegate")
class FeedBackOpinionDelegate implements JavaDelegate {

  private final OpinionService service;
  private final BulletinDispatch dispatch;
  private final OpinionTime time;

  FeedBackOpinionDelegate(OpinionService service, BulletinDispatch dispatch, OpinionTime time) {
    this.service = service;
    this.dispatch = dispatch;
    this.time = time;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SymposiumOpinion opinion = service.ofProcess(execution.getProcessInstanceId());
    service.feedBack(opinion.id(), Actor.of(execution), time.now())
        .ifPresent(feedback -> dispatch.dispatch(opinion.meetingId(), feedback.bulletinId(), feedback.bySms()));
  }
}
