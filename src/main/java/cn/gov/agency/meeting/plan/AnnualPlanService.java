package cn.gov.agency.meeting.plan;

import cn.gov.agency.meeting.calendar.WorkingCalendar;
import cn.gov.agency.meeting.calendar.WorkingCalendarService;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.MeetingSchedule;
import cn.gov.agency.meeting.meeting.PlannedMeeting;
import cn.gov.agency.meeting.organisation.Department;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.validation.Fields;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import cn.gov.agency.meeting.validation.Violations;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual meeting plan of R3.1: every department submits next year's meetings, the office
 * consolidates and reviews them (and may send one department's plan back), the leadership team
 * approves the whole plan, and every approved entry becomes a planned meeting.
 */
@Service
public class AnnualPlanService {

  private static final int MAX_COMMENT = 2000;

  private final AnnualPlanRepository plans;
  private final Meetings meetings;
  private final MeetingSchedule schedule;
  private final OrganisationDirectory directory;
  private final PlanEntryForm entryForm;
  private final WorkingCalendarService calendar;
  private final PlanSettings settings;
  private final Clock clock;
  private final LeadershipMeetingForm leadershipMeetingForm;

  public AnnualPlanService(AnnualPlanRepository plans, Meetings meetings, MeetingSchedule schedule,
      OrganisationDirectory directory, PlanEntryForm entryForm, WorkingCalendarService calendar,
      PlanSettings settings, Clock clock, LeadershipMeetingForm leadershipMeetingForm) {
    this.leadershipMeetingForm = leadershipMeetingForm;
    this.plans = plans;
    this.meetings = meetings;
    this.schedule = schedule;
    this.directory = directory;
    this.entryForm = entryForm;
    this.calendar = calendar;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Opens the plan for a year. Without a year (the yearly automatic start) it is next year's plan,
   * and an existing plan for that year is not an error: there is simply nothing to open.
   */
  @Transactional
  public OpenedPlan open(Integer requestedYear, LocalDate requestedDeadline, String processInstanceId, String actor) {
    LocalDate today = LocalDate.now(clock);
    boolean automatic = requestedYear == null;
    int year = automatic ? today.getYear() + 1 : requestedYear;
    Violations violations = new Violations("年度会议计划");
    if (year < today.getYear() || year > today.getYear() + 1) {
      violations.add(PlanVariables.PLAN_YEAR, "计划年度", "this-or-next-year",
          "只能编制 " + today.getYear() + " 或 " + (today.getYear() + 1) + " 年度的计划");
    }
    LocalDate deadline = requestedDeadline != null ? requestedDeadline
        : calendar.current().previousWorkingDayOnOrBefore(settings.deadlineInYearBefore().atYear(year - 1));
    if (!deadline.isAfter(today)) {
      violations.add(PlanVariables.SUBMISSION_DEADLINE, "报送截止日期", "future", "必须晚于今天");
    }
    violations.throwIfAny();
    if (plans.yearTaken(year)) {
      if (automatic) {
        return OpenedPlan.nothingToOpen(year);
      }
      throw duplicateYear(year);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    long planId;
    try {
      planId = plans.insertPlan(year, processInstanceId, deadline, actor, now);
    } catch (DuplicateKeyException race) {
      throw duplicateYear(year);
    }
    for (Department department : directory.departments()) {
      plans.insertDepartmentPlan(planId, department.code(), DepartmentPlanStatus.DRAFT);
    }
    plans.addEvent(planId, null, PlanAction.OPENED, actor, null, now);
    WorkingCalendar workingDays = calendar.current();
    LocalDate remindOn = workingDays.workingDaysBefore(deadline, settings.reminderWorkingDays());
    return new OpenedPlan(true, planId, year, deadline, remindOn.isBefore(today) ? today : remindOn);
  }

  /** The departments that have a task to fill in: those whose plan is a draft or was sent back. */
  public List<String> departmentsToSubmit(long planId) {
    return plans.departmentCodes(planId, DepartmentPlanStatus.DRAFT);
  }

  public List<String> departmentsToRevise(long planId) {
    return plans.departmentCodes(planId, DepartmentPlanStatus.RETURNED);
  }

  public String departmentName(String code) {
    return directory.department(code).map(Department::name).orElse(code);
  }

  @Transactional
  public DepartmentPlan.PlanEntry addEntry(long planId, String departmentCode, Map<String, ?> values, String actor) {
    AnnualPlan plan = plan(planId);
    DepartmentPlan departmentPlan = editableDepartmentPlan(plan, departmentCode);
    PlanEntryInput input = entryForm.read(values, plan.year(),
        "第 " + (departmentPlan.entries().size() + 1) + " 条会议");
    long entryId = plans.insertEntry(departmentPlan.id(), input);
    if (departmentPlan.noMeetings()) {
      plans.setNoMeetings(departmentPlan.id(), false);
    }
    plans.addEvent(planId, departmentCode, PlanAction.ENTRY_ADDED, actor, input.name(), LocalDateTime.now(clock));
    return departmentPlan(planId, departmentCode).entries().stream()
        .filter(entry -> entry.id() == entryId).findFirst().orElseThrow();
  }

  @Transactional
  public void removeEntry(long planId, String departmentCode, long entryId, String actor) {
    DepartmentPlan departmentPlan = editableDepartmentPlan(plan(planId), departmentCode);
    if (!plans.deleteEntry(departmentPlan.id(), entryId)) {
      throw new NoSuchRecordException("plan entry " + entryId);
    }
    plans.addEvent(planId, departmentCode, PlanAction.ENTRY_REMOVED, actor, null, LocalDateTime.now(clock));
  }

  /** A department may plan no meetings at all; it says so explicitly rather than submitting nothing. */
  @Transactional
  public void declareNoMeetings(long planId, String departmentCode, boolean noMeetings, String actor) {
    DepartmentPlan departmentPlan = editableDepartmentPlan(plan(planId), departmentCode);
    if (noMeetings && !departmentPlan.entries().isEmpty()) {
      throw InvalidInputException.of("年度会议计划", new Violation("noMeetings", "本年度无会议", "no-entries",
          "已有 " + departmentPlan.entries().size() + " 条会议，请先删除后再声明无会议"));
    }
    plans.setNoMeetings(departmentPlan.id(), noMeetings);
    if (noMeetings) {
      plans.addEvent(planId, departmentCode, PlanAction.NO_MEETINGS, actor, null, LocalDateTime.now(clock));
    }
  }

  /** Submits a department's plan: it must list meetings or say that there are none. */
  @Transactional
  public void submit(long planId, String departmentCode, String actor) {
    AnnualPlan plan = plan(planId);
    DepartmentPlan departmentPlan = editableDepartmentPlan(plan, departmentCode);
    if (departmentPlan.entries().isEmpty() && !departmentPlan.noMeetings()) {
      throw InvalidInputException.of("年度会议计划", new Violation("entries", "会议条目", "entries-or-none",
          departmentPlan.departmentName() + "的计划还没有会议条目；如本年度不召开会议，请在编报页面声明“本年度无会议”"));
    }
    LocalDateTime now = LocalDateTime.now(clock);
    plans.submit(departmentPlan.id(), actor, now.toLocalDate().isAfter(plan.submissionDeadline()), now);
    plans.addEvent(planId, departmentCode, PlanAction.SUBMITTED, actor, null, now);
  }

  @Transactional
  public void remind(long planId, String departmentCode) {
    plans.addEvent(planId, departmentCode, PlanAction.REMINDED, "system", null, LocalDateTime.now(clock));
  }

  @Transactional
  public void markLate(long planId, String departmentCode) {
    DepartmentPlan departmentPlan = departmentPlan(planId, departmentCode);
    plans.markLate(departmentPlan.id());
    plans.addEvent(planId, departmentCode, PlanAction.LATE, "system", null, LocalDateTime.now(clock));
  }

  @Transactional
  public void recordUrging(long planId, String departmentCode, String actor, String note) {
    plans.addEvent(planId, departmentCode, PlanAction.URGED, actor, blankToNull(note), LocalDateTime.now(clock));
  }

  /**
   * The office's review: forward the consolidated plan to the leadership team, or send the named
   * departments' plans back with a comment. A department that did not take part (created after the
   * plan was opened) can be named too: it is invited to submit.
   */
  @Transactional
  public OfficeReview recordOfficeReview(long planId, Object decisionValue, Object departmentsValue,
      Object commentValue, String actor) {
    Violations violations = new Violations("汇总审核");
    String comment = commentValue == null ? "" : commentValue.toString().trim();
    if (comment.length() > MAX_COMMENT) {
      violations.add(PlanVariables.OFFICE_COMMENT, "审核意见", "max-length", "不能超过 " + MAX_COMMENT + " 个字");
    }
    OfficeReview decision = OfficeReview.fromValue(decisionValue);
    if (decision == null) {
      violations.add(PlanVariables.OFFICE_DECISION, "审核结果", "one-of", "请选择报领导班子审定或退回部门修改");
      violations.throwIfAny();
    }
    LocalDateTime now = LocalDateTime.now(clock);
    if (decision == OfficeReview.FORWARD) {
      List<String> pending = plans.findDepartmentPlans(planId).stream()
          .filter(p -> p.status() != DepartmentPlanStatus.SUBMITTED).map(DepartmentPlan::departmentName).toList();
      if (!pending.isEmpty()) {
        violations.add(PlanVariables.OFFICE_DECISION, "审核结果", "all-submitted",
            "以下部门尚未提交，不能报审：" + String.join("、", pending));
      }
      violations.throwIfAny();
      plans.changePlanStatus(planId, PlanStatus.AWAITING_LEADERSHIP);
      plans.addEvent(planId, null, PlanAction.FORWARDED, actor, blankToNull(comment), now);
      return decision;
    }
    Set<Department> returned = departmentsNamed(departmentsValue == null ? "" : departmentsValue.toString(),
        violations);
    if (comment.isEmpty()) {
      violations.add(PlanVariables.OFFICE_COMMENT, "审核意见", "required-when-returned", "退回时必须写明修改意见");
    }
    violations.throwIfAny();
    for (Department department : returned) {
      DepartmentPlan departmentPlan = plans.findDepartmentPlan(planId, department.code()).orElse(null);
      if (departmentPlan == null) {
        plans.insertDepartmentPlan(planId, department.code(), DepartmentPlanStatus.RETURNED);
        departmentPlan = departmentPlan(planId, department.code());
      }
      plans.returnForRevision(departmentPlan.id(), comment);
      plans.addEvent(planId, department.code(), PlanAction.RETURNED, actor, comment, now);
    }
    plans.changePlanStatus(planId, PlanStatus.COLLECTING);
    return decision;
  }

  @Transactional
  public LeadershipDecision recordLeadershipDecision(long planId, Map<String, ?> values, String actor) {
    Violations violations = new Violations("领导班子审定");
    LeadershipDecision decision = LeadershipDecision.fromValue(values.get(PlanVariables.LEADERSHIP_DECISION));
    String comment = Fields.optionalText(values, PlanVariables.LEADERSHIP_COMMENT);
    LeadershipMeetingForm.Input meeting = leadershipMeetingForm.read(values, violations);
    if (decision == null) {
      violations.add(PlanVariables.LEADERSHIP_DECISION, "审定结果", "one-of", "请选择批准或退回办公室");
    }
    if (decision == LeadershipDecision.RETURN && comment.isEmpty()) {
      violations.add(PlanVariables.LEADERSHIP_COMMENT, "审定意见", "required-when-returned", "退回时必须写明意见");
    }
    if (comment.length() > MAX_COMMENT) {
      violations.add(PlanVariables.LEADERSHIP_COMMENT, "审定意见", "max-length", "不能超过 " + MAX_COMMENT + " 个字");
    }
    violations.throwIfAny();
    LocalDateTime now = LocalDateTime.now(clock);
    plans.insertLeadershipMeeting(planId, meeting, decision, blankToNull(comment), actor, now);
    // The trail names the meeting and who sat in it: the actor only recorded what the team decided.
    String collective = collectiveDecision(planId, comment);
    if (decision == LeadershipDecision.APPROVE) {
      plans.recordDecision(planId, PlanStatus.APPROVED, actor, blankToNull(comment), now);
      plans.addEvent(planId, null, PlanAction.APPROVED, actor, collective, now);
    } else {
      plans.recordDecision(planId, PlanStatus.COLLECTING, actor, comment, now);
      plans.addEvent(planId, null, PlanAction.LEADERSHIP_RETURNED, actor, collective, now);
    }
    return decision;
  }

  /** The deciding meetings of the leadership team on a plan, oldest first. */
  public List<LeadershipMeeting> leadershipMeetings(long planId) {
    return plans.leadershipMeetings(planId);
  }

  private String collectiveDecision(long planId, String comment) {
    List<LeadershipMeeting> decided = plans.leadershipMeetings(planId);
    LeadershipMeeting last = decided.get(decided.size() - 1);
    String text = "领导班子集体审定：" + last.meetingName() + "（" + last.heldOn() + "），出席："
        + String.join("、", last.attendeeNames()) + "；记录人：" + directory.person(last.recordedBy())
            .map(p -> p.fullName()).orElse(last.recordedBy());
    String full = comment.isEmpty() ? text : text + "。意见：" + comment;
    return full.length() <= MAX_COMMENT ? full : full.substring(0, MAX_COMMENT - 1) + "…";
  }

  /** Every entry of the approved plan becomes a planned meeting of its department. */
  @Transactional
  public int scheduleApprovedMeetings(long planId) {
    AnnualPlan plan = plan(planId);
    if (plan.status() != PlanStatus.APPROVED) {
      throw new IllegalStateException("Plan " + planId + " is not approved");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    int count = 0;
    for (DepartmentPlan departmentPlan : plans.findDepartmentPlans(planId)) {
      for (DepartmentPlan.PlanEntry entry : departmentPlan.entries()) {
        schedule.plan(new PlannedMeeting(entry.id(), plan.year(), entry.meetingType(), entry.name(),
            departmentPlan.departmentCode(), entry.plannedDate(), entry.plannedMonth(), entry.plannedHours(),
            entry.place(), entry.content(), entry.participantCount(), entry.estimatedCost()), now);
        count++;
      }
    }
    plans.addEvent(planId, null, PlanAction.SCHEDULED, "system", count + " 个会议", now);
    return count;
  }

  /** The plan bound to an 年度会议计划审批 instance (stored with its instance id when opened). */
  public AnnualPlan planOfProcess(String processInstanceId) {
    return plans.findPlanByProcessInstance(processInstanceId).orElseThrow(() -> new IllegalStateException(
        "流程实例 " + processInstanceId + " 没有对应的年度会议计划 / no annual plan is bound to it"));
  }

  public AnnualPlan plan(long planId) {
    return plans.findPlan(planId).orElseThrow(() -> new NoSuchRecordException("annual plan " + planId));
  }

  public List<AnnualPlan> plans() {
    return plans.findPlans();
  }

  public DepartmentPlan departmentPlan(long planId, String departmentCode) {
    return plans.findDepartmentPlan(planId, departmentCode)
        .orElseThrow(() -> new NoSuchRecordException("plan of " + departmentCode));
  }

  public List<DepartmentPlan> departmentPlans(long planId) {
    return plans.findDepartmentPlans(planId);
  }

  public List<PlanEvent> events(long planId) {
    return plans.events(planId);
  }

  private DepartmentPlan editableDepartmentPlan(AnnualPlan plan, String departmentCode) {
    DepartmentPlan departmentPlan = departmentPlan(plan.id(), departmentCode);
    if (!departmentPlan.status().editable() || plan.status() != PlanStatus.COLLECTING) {
      throw InvalidInputException.of("年度会议计划", new Violation("status", "计划状态", "editable",
          departmentPlan.departmentName() + "的计划已提交，不能再修改（办公室退回后可修改）"));
    }
    return departmentPlan;
  }

  private Set<Department> departmentsNamed(String text, Violations violations) {
    Set<Department> named = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    List<Department> departments = directory.departments();
    for (String token : text.split("[,，、;；\\s]+")) {
      if (token.isBlank()) {
        continue;
      }
      departments.stream()
          .filter(d -> d.code().equals(token) || d.name().equals(token)).findFirst()
          .ifPresentOrElse(named::add, () -> unknown.add(Fields.abbreviate(token)));
    }
    if (!unknown.isEmpty()) {
      violations.add(PlanVariables.RETURN_DEPARTMENTS, "退回部门", "known-department",
          "没有这些部门：" + String.join("、", unknown));
    } else if (named.isEmpty()) {
      violations.add(PlanVariables.RETURN_DEPARTMENTS, "退回部门", "required-when-returned", "请填写要退回修改的部门");
    }
    return named;
  }

  private static InvalidInputException duplicateYear(int year) {
    return InvalidInputException.of("年度会议计划", new Violation(PlanVariables.PLAN_YEAR, "计划年度", "one-per-year",
        year + " 年度会议计划已经发起，不能重复发起"));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  /** What the process needs after opening: whether a plan was opened, and its dates. */
  public record OpenedPlan(boolean opened, long planId, int year, LocalDate deadline, LocalDate remindOn) {
    static OpenedPlan nothingToOpen(int year) {
      return new OpenedPlan(false, 0, year, null, null);
    }
  }
}
