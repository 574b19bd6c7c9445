package cn.gov.agency.meeting.lifecycle;

import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.MATERIALS_DEADLINE;
import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.MATERIALS_ESCALATION_AT;
import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.NOTICE_DEADLINE;
import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.NOTICE_ESCALATION_AT;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRepository;
import cn.gov.agency.meeting.routing.ProcessBinding;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 计算筹备时限: the notice and materials deadlines of this meeting, for the stages' timers. */
@Component("scheduleDeadlinesDelegate")
class ScheduleDeadlinesDelegate implements JavaDelegate {

  private final PreparationSchedule schedule;
  private final MeetingRepository meetings;
  private final Clock clock;

  ScheduleDeadlinesDelegate(PreparationSchedule schedule, MeetingRepository meetings, Clock clock) {
    this.schedule = schedule;
    this.meetings = meetings;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // Type and start as the bound meeting's record has them (a move later re-counts from the record too).
    long meetingId = ProcessBinding.meetingId(execution);
    MeetingRecord meeting = meetings.find(meetingId)
        .orElseThrow(() -> new IllegalStateException("meeting " + meetingId + " does not exist"));
    PreparationDeadlines deadlines = schedule.deadlinesFor(meeting.meetingType(), meeting.plannedStart());
    execution.setVariable(NOTICE_DEADLINE, date(deadlines.noticeDeadline()));
    execution.setVariable(NOTICE_ESCALATION_AT, date(deadlines.noticeEscalationAt()));
    execution.setVariable(MATERIALS_DEADLINE, date(deadlines.materialsDeadline()));
    execution.setVariable(MATERIALS_ESCALATION_AT, date(deadlines.materialsEscalationAt()));
  }

  private Date date(LocalDateTime time) {
    return Date.from(time.atZone(clock.getZone()).toInstant());
  }
}
