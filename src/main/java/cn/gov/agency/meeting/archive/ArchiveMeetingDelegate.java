package cn.gov.agency.meeting.archive;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 会议资料归档: the whole record into one archive; the meeting becomes read-only. */
@Component("archiveMeetingDelegate")
class ArchiveMeetingDelegate implements JavaDelegate {

  /** Boolean: the host department checked the record is complete (form aftercare-confirm-archive). */
  static final String ARCHIVE_CONFIRMED = "archiveConfirmed";

  private final MeetingArchive archive;

  ArchiveMeetingDelegate(MeetingArchive archive) {
    this.archive = archive;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessInput.checked(() -> MeetingArchive.checkConfirmed(execution.getVariable(ARCHIVE_CONFIRMED)));
    archive.archive(ProcessBinding.meetingId(execution), Actor.of(execution));
  }
}
