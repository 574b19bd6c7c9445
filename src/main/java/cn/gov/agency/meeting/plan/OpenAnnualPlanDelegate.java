package cn.gov.agency.meeting.plan;

import static cn.gov.agency.meeting.plan.PlanVariables.CONSOLIDATED_URL;
import static cn.gov.agency.meeting.plan.PlanVariables.DEADLINE_AT;
import static cn.gov.agency.meeting.plan.PlanVariables.MEETING_TITLE;
import static cn.gov.agency.meeting.plan.PlanVariables.PLAN_ID;
import static cn.gov.agency.meeting.plan.PlanVariables.PLAN_OPENED;
import static cn.gov.agency.meeting.plan.PlanVariables.PLAN_PAGE_BASE;
import static cn.gov.agency.meeting.plan.PlanVariables.PLAN_YEAR;
import static cn.gov.agency.meeting.plan.PlanVariables.REMINDER_AT;
import static cn.gov.agency.meeting.plan.PlanVariables.SUBMISSION_DEADLINE;

import cn.gov.agency.meeting.engine.Actor;
import cn.gov.agency.meeting.engine.ProcessInput;
import cn.gov.agency.meeting.validation.Fields;
import cn.gov.agency.meeting.validation.Violations;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 建立年度计划: opens the plan and gives every department a draft to fill in. */
@Component("openAnnualPlanDelegate")
class OpenAnnualPlanDelegate implements JavaDelegate {

  /** Reminders go out in the morning; lateness counts from the end of the deadline day. */
  private static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

  private final AnnualPlanService service;
  private final Clock clock;

  OpenAnnualPlanDelegate(AnnualPlanService service, Clock clock) {
    this.service = service;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Violations violations = new Violations("年度会议计划");
    Integer year = Fields.integer(execution.getVariables(), PLAN_YEAR, "计划年度", 2000, 2100, false, violations);
    LocalDate deadline = Fields.optionalDate(execution.getVariables(), SUBMISSION_DEADLINE, "报送截止日期", violations);
    ProcessInput.checked(violations::throwIfAny);
    AnnualPlanService.OpenedPlan opened = ProcessInput.checked(
        () -> service.open(year, deadline, execution.getProcessInstanceId(), Actor.of(execution)));
    execution.setVariable(PLAN_OPENED, opened.opened());
    execution.setVariable(PLAN_YEAR, opened.year());
    if (!opened.opened()) {
      return;
    }
    execution.setVariable(PLAN_ID, opened.planId());
    execution.setVariable(MEETING_TITLE, opened.year() + "年度会议计划");
    execution.setVariable(SUBMISSION_DEADLINE, opened.deadline().toString());
    execution.setVariable(DEADLINE_AT, date(opened.deadline().plusDays(1), LocalTime.MIDNIGHT));
    execution.setVariable(REMINDER_AT, date(opened.remindOn(), REMINDER_TIME));
    execution.setVariable(PLAN_PAGE_BASE, "/app/plans/" + opened.planId() + "/departments/");
    execution.setVariable(CONSOLIDATED_URL, "/app/plans/" + opened.planId());
    execution.setProcessBusinessKey("plan-" + opened.year());
  }

  private Date date(LocalDate day, LocalTime time) {
    return Date.from(day.atTime(time).atZone(clock.getZone()).toInstant());
  }
}
