package cn.gov.agency.meeting.archive;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.routing.ProcessBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 补充归档: a part of the record that ended after the archive was written is added to it, dated. */
@Component("addArchiveSupplementDelegate")
class AddArchiveSupplementDelegate implements JavaDelegate {

  /** Input parameter of the service task: an {@link ArchiveSupplementKind} name. */
  static final String SUPPLEMENT_KIND = "supplementKind";

  private final MeetingArchive archive;

  AddArchiveSupplementDelegate(MeetingArchive archive) {
    this.archive = archive;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object name = execution.getVariableLocal(SUPPLEMENT_KIND);
    ArchiveSupplementKind kind = ArchiveSupplementKind.named(name)
        .orElseThrow(() -> new IllegalStateException("unknown supplementKind " + name + " in the diagram"));
    archive.supplement(ProcessBinding.meetingId(execution), kind, Actor.of(execution));
  }
}
