package cn.gov.agency.meeting.followup;

import static cn.gov.agency.meeting.followup.FollowUpVariables.CHECK_EFFECT;
import static cn.gov.agency.meeting.followup.FollowUpVariables.CHECK_PROGRESS;
import static cn.gov.agency.meeting.followup.FollowUpVariables.CHECK_QUALITY;
import static cn.gov.agency.meeting.followup.FollowUpVariables.COMPLETION_COMMENT;
import static cn.gov.agency.meeting.followup.FollowUpVariables.COMPLETION_DECISION;
import static cn.gov.agency.meeting.followup.FollowUpVariables.EVIDENCE;
import static cn.gov.agency.meeting.followup.FollowUpVariables.PROGRESS;
import static cn.gov.agency.meeting.followup.FollowUpVariables.RECTIFICATION_PROGRESS;
import static cn.gov.agency.meeting.followup.FollowUpVariables.RECTIFICATION_TEXT;
import static cn.gov.agency.meeting.followup.FollowUpVariables.REPORT_KIND;
import static cn.gov.agency.meeting.followup.FollowUpVariables.REPORT_TEXT;
import static cn.gov.agency.meeting.followup.FollowUpVariables.STAGE;
import static cn.gov.agency.meeting.followup.FollowUpVariables.URGE_COMMENT;
import static cn.gov.agency.meeting.followup.FollowUpVariables.URGE_DECISION;

import cn.gov.agency.meeting.bulletin.BulletinService;
import cn.gov.agency.meeting.calendar.WorkingCalendarService;
import cn.gov.agency.meeting.followup.FollowUpRepository.NewStep;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.minutes.ApprovedMinutes;
import cn.gov.agency.meeting.minutes.MinutesContent.Resolution;
import cn.gov.agency.meeting.minutes.MinutesService;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.validation.Fields;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import cn.gov.agency.meeting.validation.Violations;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 决议督办 (R7.1, R7.3): every resolution of the approved minutes is followed up on its own — the
 * responsible department reports progress and completion, the office checks periodically, accepts or
 * returns the completion, urges rectification once the deadline has passed, and the outcome (on time,
 * late, not done) is kept as appraisal input with every step and who took it.
 */
@Service
public class FollowUpService {

  private static final String SUBJECT = "决议督办";

  private final FollowUpRepository repository;
  private final MinutesService minutes;
  private final MeetingEvents events;
  private final OrganisationDirectory directory;
  private final WorkingCalendarService calendar;
  private final FollowUpSettings settings;
  private final Meetings meetings;
  private final BulletinService bulletins;
  private final String publicBaseUrl;

  FollowUpService(FollowUpRepository repository, MinutesService minutes, MeetingEvents events,
      OrganisationDirectory directory, WorkingCalendarService calendar, FollowUpSettings settings,
      Meetings meetings, BulletinService bulletins,
      @Value("${meeting.public-base-url}") String publicBaseUrl) {
    this.meetings = meetings;
    this.bulletins = bulletins;
    this.repository = repository;
    this.minutes = minutes;
    this.events = events;
    this.directory = directory;
    this.calendar = calendar;
    this.settings = settings;
    this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
        : publicBaseUrl;
  }

  /** A follow-up as its process starts it: the timer dates and the office's check cycle. */
  public record Opened(FollowUp followUp, LocalDateTime dueAt, LocalDateTime remindAt, LocalDateTime overdueAt,
      String checkCycle, String pageUrl) {}

  public static String pagePath(long meetingId, long resolutionId) {
    return "/app/meetings/" + meetingId + "/resolutions/" + resolutionId;
  }

  /**
   * One follow-up row per resolution of the approved minutes, in their order; the number of
   * resolutions is how many follow-up processes 会后工作 calls. Calling it again adds nothing.
   */
  @Transactional
  public int prepare(long meetingId, String actor) {
    ApprovedMinutes approved = minutes.approved(meetingId)
        .orElseThrow(() -> new IllegalStateException("meeting " + meetingId + " has no approved minutes"));
    List<Resolution> resolutions = approved.resolutions();
    boolean prepared = !repository.ofMeeting(meetingId).isEmpty();
    for (int i = 0; i < resolutions.size() && !prepared; i++) {
      Resolution resolution = resolutions.get(i);
      if (resolution.department() == null || resolution.deadline() == null) {
        throw new IllegalStateException("resolution " + resolution.id() + " of meeting " + meetingId
            + " has no responsible department or deadline");
      }
      repository.insert(meetingId, resolution.id(), i, resolution.text(), resolution.department(),
          resolution.deadline());
    }
    if (!prepared) {
      events.record(meetingId, STAGE, "PREPARED", actor, resolutions.size() + " 项决议进入督办");
    }
    return resolutions.size();
  }

  @Transactional
  public Opened open(long meetingId, int index, String processInstanceId, String actor, LocalDateTime at) {
    FollowUp followUp = repository.find(meetingId, index).orElseThrow(() -> new IllegalStateException(
        "no follow-up " + index + " of meeting " + meetingId + ": prepareResolutionFollowUpsDelegate must run first"));
    repository.linkProcess(followUp.id(), processInstanceId);
    step(followUp, at, NewStep.of("OPENED", actor, null), "交" + followUp.departmentName() + "落实");
    LocalDate deadline = followUp.deadline();
    LocalDate reminderDay = settings.reminderWorkingDays() == 0 ? deadline
        : calendar.workingDaysBefore(deadline, settings.reminderWorkingDays()).date();
    return new Opened(followUp, deadline.atTime(23, 59), reminderDay.atTime(settings.reminderTime()),
        deadline.plusDays(1).atStartOfDay(), settings.checkCycle(),
        publicBaseUrl + pagePath(meetingId, followUp.resolutionId()));
  }

  /** 落实决议事项: a progress report keeps the department at work; a completion goes to the office. */
  @Transactional
  public ReportKind report(long followUpId, Map<String, ?> values, String actor, LocalDateTime at) {
    FollowUp followUp = followUp(followUpId);
    Violations violations = new Violations("落实情况报告");
    ReportKind kind = FormChoice.parse(ReportKind.values(), values.get(REPORT_KIND), REPORT_KIND, "报告类型",
        violations);
    String text = Fields.requiredText(values, REPORT_TEXT, "落实情况", settings.maxTextLength(), violations);
    Integer progress = kind == ReportKind.COMPLETED ? Integer.valueOf(100)
        : Fields.integer(values, PROGRESS, "完成进度（%）", 0, 100, true, violations);
    String evidence = kind == ReportKind.COMPLETED
        ? Fields.requiredText(values, EVIDENCE, "办结佐证", settings.maxTextLength(), violations) : null;
    violations.throwIfAny();
    requireStatus(followUp, FollowUpStatus.OPEN, "该决议事项已报办结或已结案，不能再报告");
    boolean completed = kind == ReportKind.COMPLETED;
    repository.takeResponsibility(followUpId, actor);
    repository.updateProgress(followUpId, progress,
        completed ? FollowUpStatus.COMPLETION_REPORTED : FollowUpStatus.OPEN, completed ? at : null);
    step(followUp, at, new NewStep(completed ? "COMPLETION_REPORTED" : "PROGRESS_REPORTED", actor, departmentOf(actor),
        progress, text, evidence, null, null), (completed ? "报告办结" : "报告进展 " + progress + "%"));
    return kind;
  }

  /** 督办检查: the office's periodic look at progress, quality and effect. */
  @Transactional
  public void check(long followUpId, Map<String, ?> values, String actor, LocalDateTime at) {
    FollowUp followUp = followUp(followUpId);
    Violations violations = new Violations("督办检查");
    CheckProgress progress = FormChoice.parse(CheckProgress.values(), values.get(CHECK_PROGRESS), CHECK_PROGRESS,
        "进度评价", violations);
    String quality = Fields.requiredText(values, CHECK_QUALITY, "质量评价", settings.maxTextLength(), violations);
    String effect = Fields.requiredText(values, CHECK_EFFECT, "效果评价", settings.maxTextLength(), violations);
    violations.throwIfAny();
    step(followUp, at, new NewStep("CHECKED", actor, departmentOf(actor), followUp.progress(), progress.label(), null,
        quality, effect), progress.label());
  }

  /** The office on a reported completion: accepted closes it on time or late, returned reopens it. */
  @Transactional
  public CompletionDecision review(long followUpId, Map<String, ?> values, String actor, LocalDateTime at) {
    FollowUp followUp = followUp(followUpId);
    Violations violations = new Violations("办结审核");
    CompletionDecision decision = FormChoice.parse(CompletionDecision.values(), values.get(COMPLETION_DECISION),
        COMPLETION_DECISION, "审核结果", violations);
    String comment = decision == CompletionDecision.RETURN
        ? Fields.requiredText(values, COMPLETION_COMMENT, "审核意见", settings.maxTextLength(), violations)
        : optional(values, COMPLETION_COMMENT);
    violations.throwIfAny();
    requireStatus(followUp, FollowUpStatus.COMPLETION_REPORTED, "该决议事项没有待审核的办结报告");
    if (decision == CompletionDecision.RETURN) {
      repository.updateProgress(followUpId, followUp.progress(), FollowUpStatus.OPEN, null);
      step(followUp, at, new NewStep("COMPLETION_RETURNED", actor, departmentOf(actor), null, comment, null, null, null),
          comment);
      return decision;
    }
    Outcome outcome = followUp.completedAt().toLocalDate().isAfter(followUp.deadline()) ? Outcome.LATE
        : Outcome.ON_TIME;
    repository.close(followUpId, outcome, actor, at);
    step(followUp, at, new NewStep("COMPLETION_ACCEPTED", actor, departmentOf(actor), null, comment, null, null, null),
        outcome.label());
    return decision;
  }

  /** Records the reminder before the deadline; false when there is nothing left to remind of. */
  @Transactional
  public boolean remind(long followUpId, String actor, LocalDateTime at) {
    FollowUp followUp = followUp(followUpId);
    if (followUp.status() != FollowUpStatus.OPEN) {
      return false;
    }
    step(followUp, at, NewStep.of("REMINDED", actor, null), "完成时限 " + followUp.deadline());
    return true;
  }

  /**
   * The deadline has passed: overdue unless the department reported the completion in time (then
   * the office's review decides). True when the office must urge rectification.
   */
  @Transactional
  public boolean markOverdue(long followUpId, String actor, LocalDateTime at) {
    FollowUp followUp = followUp(followUpId);
    boolean reportedInTime = followUp.completedAt() != null
        && !followUp.completedAt().toLocalDate().isAfter(followUp.deadline());
    if (followUp.status() == FollowUpStatus.CLOSED || reportedInTime) {
      return false;
    }
    repository.markOverdue(followUpId);
    step(followUp, at, NewStep.of("OVERDUE", actor, null), "已超过完成时限 " + followUp.deadline());
    return true;
  }

  /**
   * 督促整改 (R7.3): a lagging check or the passed deadline starts it, and every rectification report
   * brings it back, so the office urges as often as needed — urged again, the rectification accepted
   * (整改到位), or closed as not done.
   */
  @Transactional
  public UrgeDecision urge(long followUpId, Map<String, ?> values, String actor, LocalDateTime at) {
    FollowUp followUp = followUp(followUpId);
    Violations violations = new Violations("督促整改");
    UrgeDecision decision = FormChoice.parse(UrgeDecision.values(), values.get(URGE_DECISION), URGE_DECISION,
        "处理方式", violations);
    String comment = Fields.requiredText(values, URGE_COMMENT, "督促意见", settings.maxTextLength(), violations);
    violations.throwIfAny();
    if (followUp.status() == FollowUpStatus.CLOSED) {
      throw InvalidInputException.of(SUBJECT, new Violation(URGE_DECISION, "处理方式", "state", "该决议事项已结案"));
    }
    if (decision == UrgeDecision.RECTIFIED && !rectifiedSinceUrged(followUpId)) {
      throw InvalidInputException.of(SUBJECT, new Violation(URGE_DECISION, "处理方式", "state",
          "责任部门尚未报告整改情况，不能认定整改到位"));
    }
    if (decision == UrgeDecision.RECTIFIED) {
      step(followUp, at, new NewStep("RECTIFICATION_ACCEPTED", actor, departmentOf(actor), followUp.progress(), comment,
          null, null, null), comment);
    } else if (decision == UrgeDecision.CLOSE_NOT_DONE) {
      repository.close(followUpId, Outcome.NOT_DONE, actor, at);
      step(followUp, at, new NewStep("CLOSED_NOT_DONE", actor, departmentOf(actor), followUp.progress(), comment, null,
          null, null), comment);
    } else {
      step(followUp, at, new NewStep("URGED", actor, departmentOf(actor), followUp.progress(), comment, null, null, null),
          comment);
    }
    return decision;
  }

  /** 整改: the department's rectification report after being urged. */
  @Transactional
  public void rectify(long followUpId, Map<String, ?> values, String actor, LocalDateTime at) {
    FollowUp followUp = followUp(followUpId);
    Violations violations = new Violations("整改情况报告");
    String text = Fields.requiredText(values, RECTIFICATION_TEXT, "整改情况", settings.maxTextLength(), violations);
    Integer progress = Fields.integer(values, RECTIFICATION_PROGRESS, "完成进度（%）", 0, 100, true, violations);
    violations.throwIfAny();
    repository.takeResponsibility(followUpId, actor);
    if (followUp.status() == FollowUpStatus.OPEN) {
      repository.updateProgress(followUpId, progress, FollowUpStatus.OPEN, null);
    }
    step(followUp, at, new NewStep("RECTIFIED", actor, departmentOf(actor), progress, text, null, null, null),
        "整改进度 " + progress + "%");
  }

  /** Whether the department reported a rectification after the office's last urging. */
  private boolean rectifiedSinceUrged(long followUpId) {
    List<FollowUpRepository.StoredStep> steps = repository.steps(followUpId);
    for (int i = steps.size() - 1; i >= 0; i--) {
      switch (steps.get(i).action()) {
        case "RECTIFIED" -> {
          return true;
        }
        case "URGED", "RECTIFICATION_ACCEPTED" -> {
          return false;
        }
        default -> { }
      }
    }
    return false;
  }

  /** The host department of the follow-up's meeting: R7.1's addressee of progress reports. */
  public String hostDepartmentOf(FollowUp followUp) {
    return meetings.find(followUp.meetingId()).orElseThrow().hostDepartmentCode();
  }

  /**
   * The latest report of the follow-up written as a bulletin (决议落实进展) for {@code recipients}:
   * what was reported, by which department, how far it is; returns the bulletin's id.
   */
  @Transactional
  public long progressBulletin(long followUpId, Collection<String> recipients, String actor, LocalDateTime at) {
    FollowUp followUp = followUp(followUpId);
    List<FollowUpRepository.StoredStep> steps = repository.steps(followUpId);
    FollowUpRepository.StoredStep last = steps.get(steps.size() - 1);
    String kind = switch (last.action()) {
      case "COMPLETION_REPORTED" -> "报告办结";
      case "RECTIFIED" -> "报告整改情况";
      default -> "报告进展";
    };
    String body = "决议 " + (followUp.index() + 1) + "：" + followUp.resolutionText() + "\n" + followUp.departmentName()
        + kind + "，完成进度 " + followUp.progress() + "%" + (last.text() == null ? "" : "：" + last.text());
    return bulletins.post(followUp.meetingId(), "决议落实进展", body,
        publicBaseUrl + pagePath(followUp.meetingId(), followUp.resolutionId()), false, recipients, actor, at);
  }

  /** The follow-up bound to a 决议督办 instance (stored with its instance id when opened). */
  public FollowUp ofProcess(String processInstanceId) {
    return repository.findByProcessInstance(processInstanceId).orElseThrow(() -> new IllegalStateException(
        "流程实例 " + processInstanceId + " 没有对应的督办事项 / no follow-up is bound to it"));
  }

  public FollowUp followUp(long followUpId) {
    return repository.find(followUpId).orElseThrow(() -> new NoSuchRecordException("follow-up " + followUpId));
  }

  public FollowUp ofResolution(long meetingId, long resolutionId) {
    return repository.ofMeeting(meetingId).stream().filter(f -> f.resolutionId() == resolutionId).findFirst()
        .orElseThrow(() -> new NoSuchRecordException("resolution " + resolutionId + " of meeting " + meetingId));
  }

  public List<FollowUp> ofMeeting(long meetingId) {
    return repository.ofMeeting(meetingId);
  }

  /** What the department is to carry out: 我的会议 shows its members the resolutions that concern them. */
  public List<FollowUp> ofDepartment(String departmentCode) {
    return repository.ofDepartment(departmentCode);
  }

  public List<FollowUp> dueIn(int year) {
    return repository.dueIn(year);
  }

  private void step(FollowUp followUp, LocalDateTime at, NewStep step, String comment) {
    repository.insertStep(followUp.id(), step, at);
    events.record(followUp.meetingId(), STAGE, step.action(), step.actorUserId(),
        "决议 " + (followUp.index() + 1) + "（" + Fields.abbreviate(followUp.resolutionText()) + "）：" + comment);
  }

  private String departmentOf(String userId) {
    return directory.person(userId).map(Person::departmentCode).orElse(null);
  }

  private static void requireStatus(FollowUp followUp, FollowUpStatus status, String message) {
    if (followUp.status() != status) {
      throw InvalidInputException.of(SUBJECT, new Violation("status", "办理状态", "state", message));
    }
  }

  private static String optional(Map<String, ?> values, String field) {
    String text = Fields.optionalText(values, field);
    return text.isEmpty() ? null : text;
  }
}
