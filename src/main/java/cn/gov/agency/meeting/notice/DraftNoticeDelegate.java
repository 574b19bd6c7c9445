package cn.gov.agency.meeting.notice;

import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.IMPORTANT;
import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.MEETING_TYPE;
import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.NOTICE_DEADLINE;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.routing.ProcessBinding;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 生成会议通知: checks the office's draft (late only with a reason) and stores the rendered notice. */
@Component("draftNoticeDelegate")
class DraftNoticeDelegate implements JavaDelegate {

  private final NoticeService service;

  DraftNoticeDelegate(NoticeService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date deadline = (Date) execution.getVariable(NOTICE_DEADLINE);
    NoticeDraft draft = ProcessInput.checked(() -> service.checkDraft(execution.getVariables(),
        (String) execution.getVariable(MEETING_TYPE), deadline.toInstant()));
    long noticeId = service.draft(ProcessBinding.meetingId(execution), execution.getProcessInstanceId(),
        Boolean.TRUE.equals(execution.getVariable(IMPORTANT)), draft, Actor.of(execution));
    execution.setVariable(NoticeVariables.NOTICE_ID, noticeId);
    execution.setVariable(NoticeVariables.NOTICE_LATE, draft.late());
  }
}
