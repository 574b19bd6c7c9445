package cn.gov.agency.meeting.opinions;

import static cn.gov.agency.meeting.opinions.OpinionVariables.ANSWER;
import static cn.gov.agency.meeting.opinions.OpinionVariables.HANDLING;
import static cn.gov.agency.meeting.opinions.OpinionVariables.REVIEW_COMMENT;
import static cn.gov.agency.meeting.opinions.OpinionVariables.REVIEW_DECISION;
import static cn.gov.agency.meeting.opinions.OpinionVariables.STAGE;
import static cn.gov.agency.meeting.opinions.OpinionVariables.URGE_COMMENT;
import static cn.gov.agency.meeting.opinions.OpinionVariables.URGE_DECISION;

import cn.gov.agency.meeting.bulletin.BulletinService;
import cn.gov.agency.meeting.calendar.WorkingCalendarService;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.minutes.ApprovedMinutes;
import cn.gov.agency.meeting.minutes.MinutesContent.Opinion;
import cn.gov.agency.meeting.minutes.MinutesService;
import cn.gov.agency.meeting.notice.Notice;
import cn.gov.agency.meeting.notice.NoticeRecipient;
import cn.gov.agency.meeting.notice.NoticeService;
import cn.gov.agency.meeting.opinions.OpinionRepository.NewOpinion;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.validation.Fields;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import cn.gov.agency.meeting.validation.Violations;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 座谈会意见建议办理 (R2: 逐条梳理、办理、反馈处理结果): each opinion of a symposium's approved minutes
 * goes to the department named to answer it, which records how it was handled and the answer; the
 * office accepts or returns the answer, reminds before and urges after the deadline, and the
 * accepted answer is fed back to whoever raised it — every step in the opinion's trail and the
 * meeting's, and in the archive.
 */
@Service
public class OpinionService {

  private static final String SUBJECT = "意见建议办理";

  private final OpinionRepository repository;
  private final MinutesService minutes;
  private final NoticeService notices;
  private final Meetings meetings;
  private final MeetingEvents events;
  private final OrganisationDirectory directory;
  private final WorkingCalendarService calendar;
  private final BulletinService bulletins;
  private final OpinionSettings settings;
  private final String publicBaseUrl;

  OpinionService(OpinionRepository repository, MinutesService minutes, NoticeService notices,
      Meetings meetings, MeetingEvents events, OrganisationDirectory directory,
      WorkingCalendarService calendar, BulletinService bulletins, OpinionSettings settings,
      @Value("${meeting.public-base-url}") String publicBaseUrl) {
    this.repository = repository;
    this.minutes = minutes;
    this.notices = notices;
    this.meetings = meetings;
    this.events = events;
    this.directory = directory;
    this.calendar = calendar;
    this.bulletins = bulletins;
    this.settings = settings;
    this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
        : publicBaseUrl;
  }

  /** A handling as its process opens it: the timer dates and the page. */
  public record Opened(SymposiumOpinion opinion, LocalDateTime dueAt, LocalDateTime remindAt,
      LocalDateTime overdueAt, String pageUrl) {}

  /** The answer to feed back: the bulletin written for the raiser, and whether SMS goes too. */
  public record Feedback(long bulletinId, boolean bySms) {}

  public static String pagePath(long meetingId) {
    return "/app/meetings/" + meetingId + "/opinions";
  }

  /**
   * One row per opinion of the approved minutes, in their order, each due the configured working
   * days from today; the count is how many 意见建议办理 instances 会后工作 calls. Again adds nothing.
   */
  @Transactional
  public int prepare(long meetingId, String actor, LocalDateTime at) {
    ApprovedMinutes approved = minutes.approved(meetingId)
        .orElseThrow(() -> new IllegalStateException("meeting " + meetingId + " has no approved minutes"));
    List<Opinion> opinions = approved.version().minutes().opinions();
    if (!repository.ofMeeting(meetingId).isEmpty() || opinions.isEmpty()) {
      return opinions.size();
    }
    LocalDate deadline = calendar.workingDaysAfter(at.toLocalDate(), settings.answerWorkingDays()).date();
    List<NoticeRecipient> participants = notices.drafted(meetingId).map(Notice::id).map(notices::recipients)
        .orElse(List.of());
    for (int i = 0; i < opinions.size(); i++) {
      Opinion o = opinions.get(i);
      if (o.department() == null) {
        throw new IllegalStateException("opinion " + o.id() + " of meeting " + meetingId + " names no department");
      }
      repository.insert(new NewOpinion(meetingId, o.id(), i, o.text(), o.raisedBy(), o.unit(),
          raiser(o.raisedBy(), participants).orElse(null), o.category(), o.department(), deadline));
    }
    events.record(meetingId, STAGE, "PREPARED", actor, opinions.size() + " 条意见建议交责任部门办理，答复时限 " + deadline);
    return opinions.size();
  }

  @Transactional
  public Opened open(long meetingId, int index, String processInstanceId, String actor, LocalDateTime at) {
    SymposiumOpinion opinion = repository.find(meetingId, index).orElseThrow(() -> new IllegalStateException(
        "no opinion " + index + " of meeting " + meetingId + ": prepareSymposiumOpinionsDelegate must run first"));
    repository.linkProcess(opinion.id(), processInstanceId);
    step(opinion, "OPENED", actor, at, "交" + opinion.departmentName() + "办理");
    LocalDate deadline = opinion.deadline();
    LocalDate reminderDay = settings.reminderWorkingDays() == 0 ? deadline
        : calendar.workingDaysBefore(deadline, settings.reminderWorkingDays()).date();
    return new Opened(opinion, deadline.atTime(23, 59), reminderDay.atTime(settings.reminderTime()),
        deadline.plusDays(1).atStartOfDay(), publicBaseUrl + pagePath(meetingId));
  }

  /** 办理意见建议: how the department handled it and the answer for whoever raised it. */
  @Transactional
  public void handle(long opinionId, Map<String, ?> values, String actor, LocalDateTime at) {
    SymposiumOpinion opinion = opinion(opinionId);
    Violations violations = new Violations("意见建议办理");
    String handling = Fields.requiredText(values, HANDLING, "办理情况", settings.maxTextLength(), violations);
    String answer = Fields.requiredText(values, ANSWER, "答复意见（反馈提出人）", settings.maxTextLength(), violations);
    violations.throwIfAny();
    requireStatus(opinion, OpinionStatus.OPEN, "该意见建议已报答复或已结案");
    repository.reportAnswer(opinionId, handling, answer, actor, at);
    step(opinion, "ANSWER_REPORTED", actor, at, handling + "；答复：" + answer);
  }

  /** 审核答复: accepted is answered (in time when reported by the deadline); returned goes back. */
  @Transactional
  public boolean review(long opinionId, Map<String, ?> values, String actor, LocalDateTime at) {
    SymposiumOpinion opinion = opinion(opinionId);
    Violations violations = new Violations("答复审核");
    OpinionChoice decision = OpinionChoice.parse(OpinionChoice.REVIEW, values.get(REVIEW_DECISION), REVIEW_DECISION,
        "审核结果", violations);
    String comment = decision == OpinionChoice.RETURN
        ? Fields.requiredText(values, REVIEW_COMMENT, "审核意见", settings.maxTextLength(), violations)
        : Fields.optionalText(values, REVIEW_COMMENT);
    violations.throwIfAny();
    requireStatus(opinion, OpinionStatus.ANSWER_REPORTED, "该意见建议没有待审核的答复");
    if (decision == OpinionChoice.RETURN) {
      repository.status(opinionId, OpinionStatus.OPEN);
      step(opinion, "ANSWER_RETURNED", actor, at, comment);
      return false;
    }
    boolean inTime = !repository.reportedAt(opinionId).toLocalDate().isAfter(opinion.deadline());
    repository.answered(opinionId, inTime, at);
    step(opinion, "ANSWER_ACCEPTED", actor, at, (inTime ? "按期答复" : "逾期答复") + (comment.isEmpty() ? "" : "；" + comment));
    return true;
  }

  /**
   * Writes the accepted answer as a bulletin for whoever raised the opinion, when the notice's
   * participants name them; otherwise records that the host department answers them directly.
   */
  @Transactional
  public Optional<Feedback> feedBack(long opinionId, String actor, LocalDateTime at) {
    SymposiumOpinion opinion = opinion(opinionId);
    if (opinion.bulletinId() != null) {
      return Optional.empty();
    }
    if (opinion.raiserUserId() == null) {
      step(opinion, "FEEDBACK_OFFLINE", actor, at, opinion.raisedBy() + "不是会议通知中的本机关人员，由主办部门当面或电话反馈");
      return Optional.empty();
    }
    MeetingRecord meeting = meetings.find(opinion.meetingId()).orElseThrow();
    boolean bySms = meeting.important() || notices.drafted(meeting.id()).map(Notice::important).orElse(false);
    long bulletinId = bulletins.post(meeting.id(), "意见建议办理结果反馈",
        "您在座谈会上提出的意见建议：" + opinion.text() + "\n" + opinion.departmentName() + "的办理情况："
            + opinion.handling() + "\n答复：" + opinion.answer(),
        publicBaseUrl + pagePath(meeting.id()), bySms, List.of(opinion.raiserUserId()), actor, at);
    repository.linkBulletin(opinionId, bulletinId);
    step(opinion, "FED_BACK", actor, at, "反馈" + opinion.raisedBy() + "（系统内、邮件" + (bySms ? "、短信" : "") + "）");
    return Optional.of(new Feedback(bulletinId, bySms));
  }

  /** Records the reminder before the deadline; false when there is nothing left to remind of. */
  @Transactional
  public boolean remind(long opinionId, String actor, LocalDateTime at) {
    SymposiumOpinion opinion = opinion(opinionId);
    if (opinion.status() != OpinionStatus.OPEN) {
      return false;
    }
    step(opinion, "REMINDED", actor, at, "答复时限 " + opinion.deadline());
    return true;
  }

  /** The deadline passed: overdue unless an answer was reported in time. True when the office must urge. */
  @Transactional
  public boolean markOverdue(long opinionId, String actor, LocalDateTime at) {
    SymposiumOpinion opinion = opinion(opinionId);
    LocalDateTime reportedAt = repository.reportedAt(opinionId);
    boolean reportedInTime = opinion.status() != OpinionStatus.OPEN && reportedAt != null
        && !reportedAt.toLocalDate().isAfter(opinion.deadline());
    if (opinion.status() == OpinionStatus.ANSWERED || opinion.status() == OpinionStatus.CLOSED_UNANSWERED
        || reportedInTime) {
      return false;
    }
    repository.markOverdue(opinionId);
    step(opinion, "OVERDUE", actor, at, "已超过答复时限 " + opinion.deadline());
    return true;
  }

  /** 督促办理: the urging recorded (the department is told again), or closed as not answered. */
  @Transactional
  public boolean urge(long opinionId, Map<String, ?> values, String actor, LocalDateTime at) {
    SymposiumOpinion opinion = opinion(opinionId);
    Violations violations = new Violations("督促办理");
    OpinionChoice decision = OpinionChoice.parse(OpinionChoice.URGING, values.get(URGE_DECISION), URGE_DECISION,
        "处理方式", violations);
    String comment = Fields.requiredText(values, URGE_COMMENT, "督促意见或结案理由", settings.maxTextLength(),
        violations);
    violations.throwIfAny();
    if (opinion.status() == OpinionStatus.ANSWERED || opinion.status() == OpinionStatus.CLOSED_UNANSWERED) {
      throw InvalidInputException.of(SUBJECT, new Violation(URGE_DECISION, "处理方式", "state", "该意见建议已办结"));
    }
    if (decision == OpinionChoice.CLOSE) {
      repository.status(opinionId, OpinionStatus.CLOSED_UNANSWERED);
      step(opinion, "CLOSED_UNANSWERED", actor, at, comment);
      return false;
    }
    step(opinion, "URGED", actor, at, comment);
    return true;
  }

  public SymposiumOpinion ofProcess(String processInstanceId) {
    return repository.findByProcessInstance(processInstanceId).orElseThrow(() -> new IllegalStateException(
        "流程实例 " + processInstanceId + " 没有对应的意见建议 / no symposium opinion is bound to it"));
  }

  public SymposiumOpinion opinion(long opinionId) {
    return repository.find(opinionId).orElseThrow(() -> new NoSuchRecordException("opinion " + opinionId));
  }

  public List<SymposiumOpinion> ofMeeting(long meetingId) {
    return repository.ofMeeting(meetingId);
  }

  /** The participant of the notice the name designates, when exactly one person of the organisation has it. */
  private Optional<String> raiser(String raisedBy, List<NoticeRecipient> participants) {
    List<String> named = participants.stream().filter(r -> !r.isGuest()).map(NoticeRecipient::personUserId)
        .filter(userId -> directory.person(userId).map(Person::fullName)
            .filter(name -> Objects.equals(name, raisedBy == null ? null : raisedBy.trim())).isPresent())
        .distinct().toList();
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  private void step(SymposiumOpinion opinion, String action, String actor, LocalDateTime at, String comment) {
    repository.insertStep(opinion.id(), action, actor, directory.person(actor).map(Person::departmentCode).orElse(null),
        comment, at);
    events.record(opinion.meetingId(), STAGE, action, actor,
        "意见建议 " + (opinion.index() + 1) + "（" + Fields.abbreviate(opinion.text()) + "）：" + comment);
  }

  private static void requireStatus(SymposiumOpinion opinion, OpinionStatus status, String message) {
    if (opinion.status() != status) {
      throw InvalidInputException.of(SUBJECT, new Violation("status", "办理状态", "state", message));
    }
  }
}
