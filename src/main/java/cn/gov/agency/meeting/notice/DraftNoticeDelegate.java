package cn.gov.agency.meeting.notice;

import static cn.gov.agency.meeting.process.LifecycleVariables.IMPORTANT;
import static cn.gov.agency.meeting.process.LifecycleVariables.MEETING_TYPE;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.meeting.MeetingSchedule;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 生成会议通知: checks the office's draft (late only with a reason) and stores the rendered notice. */
@Component("draftNoticeDelegate")
class DraftNoticeDelegate implements JavaDelegate {

  private final NoticeService service;
  private final MeetingSchedule schedule;

  DraftNoticeDelegate(NoticeService service, MeetingSchedule schedule) {
    this.service = service;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long meetingId = ProcessBinding.meetingId(execution);
    NoticeDraft draft = ProcessInput.checked(() -> service.checkDraft(execution.getVariables(),
        (String) execution.getVariable(MEETING_TYPE), schedule.noticeDeadline(meetingId).toInstant()));
    long noticeId = service.draft(meetingId, execution.getProcessInstanceId(),
        Boolean.TRUE.equals(execution.getVariable(IMPORTANT)), draft, Actor.of(execution));
    execution.setVariable(NoticeVariables.NOTICE_ID, noticeId);
    execution.setVariable(NoticeVariables.NOTICE_LATE, draft.late());
  }
}
