package cn.gov.agency.meeting.adhoc;

import cn.gov.agency.meeting.figures.LimitCheck;
import cn.gov.agency.meeting.figures.MeetingLimits;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.MeetingSchedule;
import cn.gov.agency.meeting.meeting.NewMeeting;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.series.MeetingSeriesService;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import cn.gov.agency.meeting.validation.Violations;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ad-hoc meeting application of R3.2: the host department applies, the leader in charge of
 * that department approves, rejects or returns it, and the office files the approved one, which
 * creates the meeting record.
 */
@Service
public class AdhocApplicationService {

  private static final int MAX_COMMENT = 2000;

  private final AdhocApplicationRepository applications;
  private final Meetings meetings;
  private final MeetingSchedule schedule;
  private final OrganisationDirectory directory;
  private final MeetingSeriesService series;
  private final MeetingLimits limits;
  private final Clock clock;

  public AdhocApplicationService(AdhocApplicationRepository applications, Meetings meetings,
      MeetingSchedule schedule, OrganisationDirectory directory, MeetingSeriesService series, MeetingLimits limits,
      Clock clock) {
    this.limits = limits;
    this.series = series;
    this.applications = applications;
    this.meetings = meetings;
    this.schedule = schedule;
    this.directory = directory;
    this.clock = clock;
  }

  /** Who applies decides the host department, and so which leader in charge must approve. */
  @Transactional
  public Registered submit(String processInstanceId, String applicantUserId, AdhocApplicationInput input) {
    Person applicant = directory.person(applicantUserId).orElseThrow(() -> InvalidInputException.of(
        AdhocApplicationForm.SUBJECT, new Violation("applicant", "申请人", "known-person",
            "不是本单位在册人员：" + applicantUserId)));
    if (directory.leadersOf(applicant.departmentCode()).isEmpty()) {
      throw InvalidInputException.of(AdhocApplicationForm.SUBJECT, new Violation("hostDepartment",
          "主办部门", "has-leader", applicant.departmentName() + "尚未配置分管领导，无法送审，请联系系统管理员"));
    }
    LocalDateTime now = now();
    long id = applications.insert(processInstanceId, applicantUserId, applicant.departmentCode(), input, now);
    applications.addEvent(id, ApplicationAction.SUBMITTED, applicantUserId, null, now);
    return new Registered(id, applicant.departmentCode(), applicant.departmentName(), applicant.fullName());
  }

  /** Checks the leader's form: a decision from the list, and a reason whenever it is not approval. */
  public LeaderDecision checkLeaderDecision(Object decisionValue, Object commentValue) {
    Violations violations = new Violations("审批意见");
    LeaderDecision decision = LeaderDecision.fromValue(decisionValue).orElse(null);
    if (decision == null) {
      violations.add(AdhocVariables.LEADER_DECISION, "审批结果", "one-of", "请选择同意、不同意或退回修改");
    }
    String comment = commentValue == null ? "" : commentValue.toString().trim();
    if (decision != null && decision != LeaderDecision.APPROVE && comment.isEmpty()) {
      violations.add(AdhocVariables.LEADER_COMMENT, "审批意见", "required-unless-approved",
          "选择“" + decision.label() + "”时必须填写理由");
    }
    if (comment.length() > MAX_COMMENT) {
      violations.add(AdhocVariables.LEADER_COMMENT, "审批意见", "max-length", "不能超过 " + MAX_COMMENT + " 个字");
    }
    violations.throwIfAny();
    return decision;
  }

  @Transactional
  public void recordLeaderDecision(long applicationId, LeaderDecision decision, String comment, String leader) {
    ApplicationAction action = switch (decision) {
      case APPROVE -> ApplicationAction.APPROVED;
      case REJECT -> ApplicationAction.REJECTED;
      case RETURN -> ApplicationAction.RETURNED;
    };
    step(applicationId, ApplicationStatus.SUBMITTED, action, leader, blankToNull(comment));
  }

  public ApplicantAction checkApplicantAction(Object value) {
    return ApplicantAction.fromValue(value == null ? ApplicantAction.RESUBMIT.value() : value)
        .orElseThrow(() -> InvalidInputException.of("修改申请", new Violation(AdhocVariables.APPLICANT_ACTION,
            "处理方式", "one-of", "请选择重新提交或撤回申请")));
  }

  /**
   * 修改申请 on the application's page: only its applicant, only while it is returned, checked as
   * strictly as the first submission. The content lives here, never in the process: 重新提交 in
   * Tasklist then sends it back to the leader as it stands.
   */
  @Transactional
  public void revise(long applicationId, AdhocApplicationInput input, String applicant) {
    checkRevisable(find(applicationId), applicant);
    LocalDateTime now = now();
    applications.replaceContent(applicationId, input, now);
    applications.addEvent(applicationId, ApplicationAction.REVISED, applicant, null, now);
  }

  /** Only its applicant revises an application, and only while the leader has it returned. */
  public void checkRevisable(AdhocApplication application, String userId) {
    if (!application.applicantUserId().equals(userId)) {
      throw new AuthorizationException("only the applicant revises application " + application.id());
    }
    if (application.status() != ApplicationStatus.RETURNED) {
      throw InvalidInputException.of("修改申请", new Violation("status", "申请状态", "returned",
          "只有被分管领导退回的申请才能修改（当前：" + application.status().label() + "）"));
    }
  }

  public boolean mayRevise(AdhocApplication application, String userId) {
    return application.applicantUserId().equals(userId) && application.status() == ApplicationStatus.RETURNED;
  }

  @Transactional
  public AdhocApplication resubmit(long applicationId, String applicant) {
    step(applicationId, ApplicationStatus.RETURNED, ApplicationAction.RESUBMITTED, applicant, null);
    return find(applicationId);
  }

  @Transactional
  public void withdraw(long applicationId, String applicant) {
    step(applicationId, ApplicationStatus.RETURNED, ApplicationAction.WITHDRAWN, applicant, null);
  }

  /** 备案: the office files the approved application, which becomes a meeting record. */
  @Transactional
  public MeetingRecord file(long applicationId, String officeUser, String note) {
    if (note != null && note.length() > MAX_COMMENT) {
      throw InvalidInputException.of("办公室备案", new Violation(AdhocVariables.FILING_NOTE, "备案说明",
          "max-length", "不能超过 " + MAX_COMMENT + " 个字"));
    }
    AdhocApplication application = find(applicationId);
    step(applicationId, ApplicationStatus.APPROVED, ApplicationAction.FILED, officeUser, blankToNull(note));
    NewMeeting filed = new NewMeeting("ADHOC", application.meetingType(),
        application.title(), application.hostDepartmentCode(), application.plannedStart(),
        application.plannedEnd(), application.place(), application.content(),
        application.budgetEstimate(), application.participants(), officeUser);
    // A series' first occurrence stands for the application: it enters its lifecycle as a single meeting would.
    MeetingRecord meeting = application.recurrence() == null ? schedule.file(filed, now())
        : meetings.find(series.file(filed, application.recurrence(), application.seriesRoomCode()).meetingIds().get(0))
            .orElseThrow();
    applications.linkMeeting(applicationId, meeting.id());
    return meeting;
  }

  /**
   * The application bound to a 临时会议申请 instance (stored with its instance id at registration):
   * what its steps act upon and who they go to, whatever ids its variables carry.
   */
  /**
   * R1.2: whether the applied meeting would take its department beyond the year's limits — a
   * warning for the applicant, the leader in charge and the office, never a refusal.
   */
  public LimitCheck limitCheck(AdhocApplication application) {
    BigDecimal hours = BigDecimal.valueOf(Duration.between(application.plannedStart(), application.plannedEnd())
        .toMinutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    return limits.check(application.hostDepartmentCode(), application.plannedStart().getYear(),
        application.participants().size(), hours, application.budgetEstimate());
  }

  public AdhocApplication ofProcess(String processInstanceId) {
    return applications.findByProcessInstance(processInstanceId).orElseThrow(() -> new IllegalStateException(
        "流程实例 " + processInstanceId + " 没有对应的临时会议申请 / no ad-hoc application is bound to it"));
  }

  public AdhocApplication find(long applicationId) {
    return applications.find(applicationId)
        .orElseThrow(() -> new NoSuchRecordException("adhoc application " + applicationId));
  }

  public List<AdhocApplication> applicationsOf(String applicantUserId) {
    return applications.findByApplicant(applicantUserId);
  }

  private void step(long applicationId, ApplicationStatus expected, ApplicationAction action, String actor,
      String comment) {
    LocalDateTime now = now();
    if (!applications.changeStatus(applicationId, expected, action.resultingStatus(), now)) {
      throw new IllegalStateException("Application " + applicationId + " is not " + expected
          + ": cannot record " + action);
    }
    applications.addEvent(applicationId, action, actor, comment, now);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  /** What the process needs to route the application. */
  public record Registered(long applicationId, String hostDepartmentCode, String hostDepartmentName,
      String applicantName) {}
}
