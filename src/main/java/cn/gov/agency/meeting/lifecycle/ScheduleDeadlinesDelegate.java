package cn.gov.agency.meeting.lifecycle;

import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.MATERIALS_DEADLINE;
import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.MATERIALS_ESCALATION_AT;
import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.MEETING_START;
import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.MEETING_TYPE;
import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.NOTICE_DEADLINE;
import static cn.gov.agency.meeting.lifecycle.LifecycleVariables.NOTICE_ESCALATION_AT;

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
  private final Clock clock;

  ScheduleDeadlinesDelegate(PreparationSchedule schedule, Clock clock) {
    this.schedule = schedule;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDateTime start = LocalDateTime.ofInstant(((Date) execution.getVariable(MEETING_START)).toInstant(),
        clock.getZone());
    PreparationDeadlines deadlines = schedule.deadlinesFor((String) execution.getVariable(MEETING_TYPE), start);
    execution.setVariable(NOTICE_DEADLINE, date(deadlines.noticeDeadline()));
    execution.setVariable(NOTICE_ESCALATION_AT, date(deadlines.noticeEscalationAt()));
    execution.setVariable(MATERIALS_DEADLINE, date(deadlines.materialsDeadline()));
    execution.setVariable(MATERIALS_ESCALATION_AT, date(deadlines.materialsEscalationAt()));
  }

  private Date date(LocalDateTime time) {
    return Date.from(time.atZone(clock.getZone()).toInstant());
  }
}
