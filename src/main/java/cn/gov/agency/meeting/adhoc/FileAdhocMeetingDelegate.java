package cn.gov.agency.meeting.adhoc;

import static cn.gov.agency.meeting.adhoc.AdhocVariables.FILING_NOTE;
import static cn.gov.agency.meeting.adhoc.AdhocVariables.FILING_NUMBER;
import static cn.gov.agency.meeting.adhoc.AdhocVariables.MEETING_ID;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 备案并建立会议: files the approved application with the office and creates the meeting record. */
@Component("fileAdhocMeetingDelegate")
class FileAdhocMeetingDelegate implements JavaDelegate {

  private final AdhocApplicationService service;

  FileAdhocMeetingDelegate(AdhocApplicationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object note = execution.getVariable(FILING_NOTE);
    long applicationId = service.ofProcess(execution.getProcessInstanceId()).id();
    MeetingRecord meeting = ProcessInput.checked(() -> service.file(
        applicationId, Actor.of(execution), note == null ? null : note.toString()));
    execution.setVariable(MEETING_ID, meeting.id());
    execution.setVariable(FILING_NUMBER, meeting.filingNumber());
  }
}
