package cn.gov.agency.meeting.leave;

import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingPeople;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.meetingtype.MeetingTypeCatalogue;
import cn.gov.agency.meeting.notice.NoticeSender;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.validation.Fields;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import cn.gov.agency.meeting.validation.Violations;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 请假与代会 (R5.1): an attendee asks the host department for leave beforehand, naming a substitute
 * where the meeting type requires one; approved, the attendee is no longer expected and the
 * substitute takes their place on the list, receives the notice and reads the materials.
 */
@Service
public class LeaveService {

  static final String SUBJECT = "请假申请";
  static final String DECISION_SUBJECT = "审批请假";
  /** A meeting in these states has its list and has not taken place yet. */
  static final Set<MeetingStatus> UPCOMING = EnumSet.of(MeetingStatus.APPROVED, MeetingStatus.PREPARING,
      MeetingStatus.READY);

  private final LeaveRepository requests;
  private final Meetings meetings;
  private final MeetingEvents events;
  private final MeetingTypeCatalogue types;
  private final OrganisationDirectory directory;
  private final NoticeSender noticeSender;
  private final LeaveMail mail;
  private final LeaveSettings settings;
  private final Clock clock;
  private final MeetingPeople people;

  LeaveService(LeaveRepository requests, Meetings meetings, MeetingEvents events,
      MeetingTypeCatalogue types, OrganisationDirectory directory, NoticeSender noticeSender, LeaveMail mail,
      LeaveSettings settings, Clock clock, MeetingPeople people) {
    this.requests = requests;
    this.meetings = meetings;
    this.events = events;
    this.types = types;
    this.directory = directory;
    this.noticeSender = noticeSender;
    this.mail = mail;
    this.settings = settings;
    this.clock = clock;
    this.people = people;
  }

  /** Checks and stores an attendee's request; refused with every problem named when it does not fit. */
  @Transactional
  public LeaveRequest request(long meetingId, String userId, LeaveInput input) {
    MeetingRecord meeting = meeting(meetingId);
    List<Attendee> list = meetings.attendees(meetingId);
    Violations violations = new Violations(SUBJECT);
    if (!openForLeave(meeting)) {
      violations.add("meetingId", "会议", "before-start", tooLateMessage());
    }
    Attendee attendee = expectedRowOf(list, userId).orElse(null);
    if (attendee == null) {
      boolean onLeave = list.stream().anyMatch(a -> userId.equals(a.personUserId()));
      violations.add("requester", "请假人", onLeave ? "not-on-leave" : "participant",
          onLeave ? "您已获准请假，无需再次申请" : "您不在本次会议的参会名单上，无需请假");
    } else {
      liveRequestOf(meetingId, attendee.id()).ifPresent(live -> violations.add("requester", "请假人",
          "not-asked", "已提交过请假申请（" + live.statusLabel() + "），不能重复申请"));
    }
    Map<String, Object> values = new HashMap<>();
    values.put("reason", input.reason());
    String reason = Fields.requiredText(values, "reason", "请假事由", settings.maxReasonLength(), violations);
    String substitute = checkSubstitute(meeting, list, userId, input.substituteUserId(), violations);
    violations.throwIfAny();

    long id = requests.insert(meetingId, attendee.id(), userId, reason, substitute, now())
        .orElseThrow(() -> InvalidInputException.of(SUBJECT, new Violation("requester", "请假人", "not-asked",
            "已提交过请假申请，不能重复申请")));
    events.record(meetingId, LeaveVariables.STAGE, "REQUESTED", userId,
        substitute == null ? "未指定代会人员" : "指定代会人员：" + nameOf(substitute));
    return request(id);
  }

  public void linkProcess(long requestId, String processInstanceId) {
    requests.linkProcess(requestId, processInstanceId);
  }

  /**
   * Checks the host department's decision: approve or refuse, a comment when refused, never on
   * one's own request, and approval only while the meeting has not started and the substitute is
   * not on the list by now.
   */
  public LeaveDecision checkDecision(long requestId, Object decisionValue, Object commentValue, String actor) {
    LeaveRequest request = request(requestId);
    Violations violations = new Violations(DECISION_SUBJECT);
    LeaveDecision decision = LeaveDecision.fromValue(decisionValue).orElse(null);
    if (decision == null) {
      violations.add(LeaveVariables.DECISION, "审批结果", "one-of", "请选择准假或不准假");
    }
    String comment = text(commentValue);
    if (decision == LeaveDecision.REFUSE && comment == null) {
      violations.add(LeaveVariables.COMMENT, "审批意见", "required-when-refused", "不准假时必须填写意见");
    }
    if (comment != null && comment.length() > settings.maxCommentLength()) {
      violations.add(LeaveVariables.COMMENT, "审批意见", "max-length",
          "不能超过 " + settings.maxCommentLength() + " 个字");
    }
    if (request.requesterUserId().equals(actor)) {
      violations.add(LeaveVariables.DECISION, "审批结果", "not-own", "不能审批本人的请假申请，请由本部门其他人员审批");
    }
    if (decision == LeaveDecision.APPROVE) {
      MeetingRecord meeting = meeting(request.meetingId());
      if (!openForLeave(meeting)) {
        violations.add(LeaveVariables.DECISION, "审批结果", "before-start", "会议已开始或已召开，只能不准假");
      }
      if (request.substituteUserId() != null && meetings.attendees(meeting.id()).stream()
          .anyMatch(a -> request.substituteUserId().equals(a.personUserId()))) {
        violations.add(LeaveVariables.DECISION, "审批结果", "substitute-not-on-list",
            "代会人员" + nameOf(request.substituteUserId()) + "已在参会名单上，请不准假并由请假人另行指定");
      }
    }
    violations.throwIfAny();
    return decision;
  }

  /** Records the decision; approved, the attendee is on leave and the substitute joins the list. */
  @Transactional
  public LeaveRequest decide(long requestId, LeaveDecision decision, Object commentValue, String actor) {
    LeaveRequest request = request(requestId);
    String comment = text(commentValue);
    Long substituteRow = null;
    if (decision == LeaveDecision.APPROVE) {
      substituteRow = people.grantLeave(request.meetingId(), request.attendeeId(), request.substituteUserId());
    }
    LeaveStatus status = decision == LeaveDecision.APPROVE ? LeaveStatus.APPROVED : LeaveStatus.REFUSED;
    if (!requests.decide(requestId, status, actor, comment, substituteRow, now())) {
      throw new IllegalStateException("leave request " + requestId + " is decided already");
    }
    String who = nameOf(request.requesterUserId());
    events.record(request.meetingId(), LeaveVariables.STAGE, status.name(), actor,
        decision == LeaveDecision.APPROVE
            ? who + (request.substituteUserId() == null ? "" : "，由" + nameOf(request.substituteUserId()) + "代会")
                + (comment == null ? "" : "。" + comment)
            : who + "。" + comment);
    return request(requestId);
  }

  /** An approved substitute gets the notice already sent to everyone else (none yet: it will reach them). */
  public void sendNoticeToSubstitute(long requestId, String actor) {
    LeaveRequest request = request(requestId);
    if (request.status() != LeaveStatus.APPROVED || request.substituteUserId() == null) {
      throw new IllegalStateException("leave request " + requestId + " has no approved substitute");
    }
    noticeSender.sendCurrentNoticeTo(request.meetingId(), request.substituteUserId(), actor)
        .ifPresent(outcome -> events.record(request.meetingId(), LeaveVariables.STAGE, "SUBSTITUTE_NOTIFIED", actor,
            nameOf(request.substituteUserId()) + "：" + outcome));
  }

  /** Tells the requester the outcome by e-mail, best effort: their 我的会议 page shows it in any case. */
  public void informRequester(long requestId) {
    LeaveRequest request = request(requestId);
    mail.tell(request, meeting(request.meetingId()),
        request.substituteUserId() == null ? null : nameOf(request.substituteUserId()));
  }

  /** The person's upcoming meetings with where they stand and what they may still ask. */
  public List<MyMeeting> upcomingMeetingsOf(String userId) {
    return upcomingMeetingsOf(userId, Integer.MAX_VALUE);
  }

  /** The soonest {@code limit} of them: a person in two hundred meetings reads the next few first. */
  public List<MyMeeting> upcomingMeetingsOf(String userId, int limit) {
    return requests.upcomingMeetingsOf(userId, now(), limit).stream().map(id -> {
      MeetingRecord meeting = meeting(id);
      List<Attendee> list = meetings.attendees(id);
      Attendee mine = expectedRowOf(list, userId)
          .orElseGet(() -> list.stream().filter(a -> userId.equals(a.personUserId())).findFirst().orElseThrow());
      Optional<LeaveRequest> latest = requests.ofMeeting(id).stream().filter(r -> r.attendeeId() == mine.id())
          .max(Comparator.comparingLong(LeaveRequest::id));
      boolean mayAsk = mine.expected() && openForLeave(meeting)
          && latest.map(r -> r.status() == LeaveStatus.REFUSED).orElse(true);
      return new MyMeeting(meeting, types.find(meeting.meetingType()).map(t -> t.name()).orElse(meeting.meetingType()),
          mine, latest.orElse(null), types.substituteRequired(meeting.meetingType()), mayAsk);
    }).toList();
  }

  public int upcomingMeetingCountOf(String userId) {
    return requests.countUpcomingMeetingsOf(userId, now());
  }

  public List<LeaveRequest> requestsOf(long meetingId) {
    return requests.ofMeeting(meetingId);
  }

  /** The request bound to a 请假申请 instance: what its steps decide on, whatever a leaveRequestId variable says. */
  public long requestOfProcess(String processInstanceId) {
    return requests.findByProcessInstance(processInstanceId).orElseThrow(() -> new IllegalStateException(
        "流程实例 " + processInstanceId + " 没有对应的请假申请 / no leave request is bound to it")).id();
  }

  public LeaveRequest request(long requestId) {
    return requests.find(requestId).orElseThrow(() -> new NoSuchRecordException("leave request " + requestId));
  }

  public MeetingRecord meeting(long meetingId) {
    return meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("meeting " + meetingId));
  }

  public boolean substituteRequired(MeetingRecord meeting) {
    return types.substituteRequired(meeting.meetingType());
  }

  public String nameOf(String userId) {
    return directory.person(userId).map(Person::fullName).orElse(userId);
  }

  private String checkSubstitute(MeetingRecord meeting, List<Attendee> list, String userId, String value,
      Violations violations) {
    String field = "substituteUserId";
    String label = "代会人员";
    String substitute = value == null || value.isBlank() ? null : value.trim();
    if (substitute == null) {
      if (types.substituteRequired(meeting.meetingType())) {
        violations.add(field, label, "required", "本类会议请假须指定代会人员");
      }
      return null;
    }
    if (substitute.equals(userId)) {
      violations.add(field, label, "not-self", "不能指定本人代会");
    } else if (directory.person(substitute).isEmpty()) {
      violations.add(field, label, "known-person", "系统中没有该人员");
    } else if (list.stream().anyMatch(a -> substitute.equals(a.personUserId()))) {
      violations.add(field, label, "not-on-list", nameOf(substitute) + "已在参会名单上，不能代会");
    } else if (namedInAPendingRequest(meeting.id(), substitute)) {
      violations.add(field, label, "not-named-twice", nameOf(substitute) + "已被他人指定为代会人员，正在审批中");
    }
    return substitute;
  }

  /** Under the substitute's lock: two attendees naming the same person at once must not both pass. */
  private boolean namedInAPendingRequest(long meetingId, String substitute) {
    requests.lockSubstitute(substitute);
    return requests.ofMeeting(meetingId).stream()
        .anyMatch(r -> r.status() == LeaveStatus.PENDING && substitute.equals(r.substituteUserId()));
  }

  /** The person's row that is still expected (an invited row or a substitute row not on leave). */
  private static Optional<Attendee> expectedRowOf(List<Attendee> list, String userId) {
    return list.stream().filter(a -> userId.equals(a.personUserId()) && a.expected()).findFirst();
  }

  private Optional<LeaveRequest> liveRequestOf(long meetingId, long attendeeId) {
    return requests.ofMeeting(meetingId).stream()
        .filter(r -> r.attendeeId() == attendeeId && r.status() != LeaveStatus.REFUSED).findFirst();
  }

  /**
   * Leave is asked beforehand (R5.1): for a meeting approved and not yet held, before its start
   * less the configured latest time.
   */
  private boolean openForLeave(MeetingRecord meeting) {
    return UPCOMING.contains(meeting.status()) && meeting.plannedStart() != null
        && now().isBefore(meeting.plannedStart().minus(settings.latestBeforeStart()));
  }

  private String tooLateMessage() {
    return settings.latestBeforeStart().isZero() ? "会议已开始或已召开，不能再请假"
        : "须在会议开始 " + settings.latestBeforeStart().toMinutes() + " 分钟前请假，现已超过期限";
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
