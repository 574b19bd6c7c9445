package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.meeting.MeetingSchedule;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.routing.ProcessBinding;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/** 催办办公室: the notice deadline is near; the office and its head are reminded, the draft task stays. */
@Component("escalateNoticeDelegate")
class EscalateNoticeDelegate implements JavaDelegate {

  private static final String OFFICE = "office";

  private final NoticeEscalation escalation;
  private final IdentityService identityService;
  private final MeetingSchedule schedule;
  private final Clock clock;

  EscalateNoticeDelegate(NoticeEscalation escalation, IdentityService identityService, MeetingSchedule schedule,
      Clock clock) {
    this.schedule = schedule;
    this.escalation = escalation;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // Who is reminded must not depend on what whoever triggers the timer may read.
    List<String> office = Context.getCommandContext().runWithoutAuthorization(() ->
        Stream.of(OFFICE, RoleCatalogue.departmentGroupId("head", OFFICE))
            .flatMap(group -> identityService.createUserQuery().memberOfGroup(group).list().stream())
            .map(User::getId).distinct().toList());
    long meetingId = ProcessBinding.meetingId(execution);
    escalation.escalate(meetingId,
        LocalDateTime.ofInstant(schedule.noticeDeadline(meetingId).toInstant(), clock.getZone()), office,
        Actor.of(execution));
  }
}
