package cn.gov.agency.meeting.followup;

import cn.gov.agency.meeting.bulletin.BulletinDispatch;
import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * R7.1: a responsible department reports progress to the host department — each progress,
 * completion or rectification report is told to the host department's staff and head and to the
 * office (in-app and by mail, through 通报送达), in the transaction that records the report.
 */
@Component
class ProgressBulletins {

  private final FollowUpService service;
  private final BulletinDispatch dispatch;
  private final ProcessTime time;

  ProgressBulletins(FollowUpService service, BulletinDispatch dispatch, ProcessTime time) {
    this.service = service;
    this.dispatch = dispatch;
    this.time = time;
  }

  void tell(DelegateExecution execution, FollowUp followUp) {
    IdentityService identity = execution.getProcessEngineServices().getIdentityService();
    String host = service.hostDepartmentOf(followUp);
    Set<String> recipients = new LinkedHashSet<>();
    for (String group : new String[] {"office", RoleCatalogue.departmentGroupId("staff", host),
        RoleCatalogue.departmentGroupId("head", host)}) {
      identity.createUserQuery().memberOfGroup(group).list().stream().map(User::getId).forEach(recipients::add);
    }
    String actor = Actor.of(execution);
    recipients.remove(actor);
    long bulletinId = service.progressBulletin(followUp.id(), recipients, actor, time.now());
    dispatch.dispatch(followUp.meetingId(), bulletinId, false);
  }
}
