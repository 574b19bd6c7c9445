package cn.gov.agency.meeting.distribution;

import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingView;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.minutes.ApprovedMinutes;
import cn.gov.agency.meeting.minutes.MinutesContent.Resolution;
import cn.gov.agency.meeting.minutes.MinutesService;
import cn.gov.agency.meeting.organisation.Department;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 纪要印发 (R7.1): who the approved minutes go to and what they see. The attendees expected at the
 * meeting (substitutes included, those on leave not) and the staff and heads of every department
 * responsible for a resolution. For a confidential meeting (R5.2) only those {@link MeetingAccess}
 * entitles get the text; a responsible-department member who is not entitled is told that a
 * resolution concerns their department and whom to ask — never what it says.
 */
@Service
public class DistributionService {

  static final String STAGE = "distribution";
  /** Department roles that receive the minutes for their department's resolutions. */
  private static final List<String> RESPONSIBLE_ROLES = List.of("staff", "head");

  private final DistributionRepository distributions;
  private final MinutesService minutes;
  private final Meetings meetings;
  private final MeetingAccess access;
  private final GroupMembers groups;
  private final OrganisationDirectory directory;
  private final MeetingEvents events;
  private final Clock clock;

  DistributionService(DistributionRepository distributions, MinutesService minutes, Meetings meetings,
      MeetingAccess access, GroupMembers groups, OrganisationDirectory directory, MeetingEvents events,
      Clock clock) {
    this.distributions = distributions;
    this.minutes = minutes;
    this.meetings = meetings;
    this.access = access;
    this.groups = groups;
    this.directory = directory;
    this.events = events;
    this.clock = clock;
  }

  /** Fixes the distribution list of the meeting's approved minutes; returns the distribution id. */
  @Transactional
  public long open(long meetingId, String processInstanceId, String actor) {
    MeetingRecord meeting = minutes.meeting(meetingId);
    ApprovedMinutes approved = minutes.approved(meetingId)
        .orElseThrow(() -> new IllegalStateException("Meeting " + meetingId + " has no approved minutes"));
    long id = distributions.insert(meetingId, approved.version().id(), processInstanceId, meeting.confidential(),
        actor, LocalDateTime.now(clock));
    Map<String, String> responsibleFor = new LinkedHashMap<>();
    Set<String> attendees = new LinkedHashSet<>();
    meetings.attendees(meetingId).stream().filter(Attendee::expected).filter(a -> !a.isGuest())
        .forEach(a -> attendees.add(a.personUserId()));
    for (String department : responsibleDepartments(approved)) {
      for (String role : RESPONSIBLE_ROLES) {
        groups.membersOf(RoleCatalogue.departmentGroupId(role, department)).stream()
            .filter(userId -> !attendees.contains(userId))
            .forEach(userId -> responsibleFor.putIfAbsent(userId, department));
      }
    }
    int notified = 0;
    for (String userId : attendees) {
      distributions.insertRecipient(id, userId, RecipientReason.ATTENDEE, null, true);
    }
    for (Map.Entry<String, String> entry : responsibleFor.entrySet()) {
      boolean fullText = access.mayReadContent(new CurrentUser(entry.getKey(), groups.groupsOf(entry.getKey())),
          meeting);
      notified += fullText ? 0 : 1;
      distributions.insertRecipient(id, entry.getKey(), RecipientReason.RESPONSIBLE, entry.getValue(), fullText);
    }
    events.record(meetingId, STAGE, "OPENED", actor, "参会人员 " + attendees.size() + " 人，责任部门人员 "
        + responsibleFor.size() + " 人" + (notified > 0 ? "（其中 " + notified + " 人仅收到决议涉及本部门的提示）" : ""));
    return id;
  }

  @Transactional
  public void complete(long distributionId, String actor) {
    Distribution distribution = distribution(distributionId);
    distributions.markCompleted(distributionId, LocalDateTime.now(clock));
    events.record(distribution.meetingId(), STAGE, "DISTRIBUTED", actor,
        "共 " + distributions.recipients(distributionId).size() + " 人");
  }

  /** The person confirms having read minutes that reached them; a second confirmation changes nothing. */
  @Transactional
  public MinutesRecipient markRead(long recipientId, String userId) {
    MinutesRecipient recipient = ownRecipient(recipientId, userId);
    if (distributions.markRead(recipientId, LocalDateTime.now(clock))) {
      events.record(distribution(recipient.distributionId()).meetingId(), STAGE, "READ", userId, null);
    }
    return distributions.recipient(recipientId).orElseThrow();
  }

  /** What one recipient may open: the minutes in full, or the notice that a resolution concerns them. */
  public Reading reading(long recipientId, CurrentUser user) {
    MinutesRecipient recipient = ownRecipient(recipientId, user.userId());
    Distribution distribution = distribution(recipient.distributionId());
    MeetingRecord meeting = minutes.meeting(distribution.meetingId());
    // Asked again when reading: the meeting may have become confidential since the list was fixed.
    boolean fullText = recipient.fullText() && access.mayReadContent(user, meeting);
    ApprovedMinutes approved = minutes.approved(meeting.id()).orElseThrow();
    long concerning = recipient.departmentCode() == null ? 0 : approved.resolutions().stream()
        .filter(r -> recipient.departmentCode().equals(r.department())).count();
    // An outsider of the meeting (R5.2) reads that a resolution concerns their department, not which
    // meeting decided it or who hosted it: MeetingAccess says what they see.
    boolean outsider = access.isOutsider(user, meeting);
    return new Reading(recipient, access.view(user, meeting), fullText ? approved : null,
        access.titleFor(user, meeting), departmentName(recipient.departmentCode()), concerning,
        outsider ? null : departmentName(meeting.hostDepartmentCode()));
  }

  /**
   * The minutes as one recipient reads them; {@code minutes} is null for a notice only, and
   * {@code hostDepartmentName} null where the reader may not know it.
   */
  public record Reading(MinutesRecipient recipient, MeetingView meeting, ApprovedMinutes minutes, String meetingTitle,
      String departmentName, long resolutionsConcerning, String hostDepartmentName) {}

  /** The minutes that reached {@code user} in the app, each meeting named as far as they may know it. */
  public List<MyMinutes> inAppMinutesOf(CurrentUser user) {
    return distributions.inAppMinutesOf(user.userId()).stream()
        .map(m -> m.named(access.titleFor(user, minutes.meeting(m.meetingId())))).toList();
  }

  public Optional<Distribution> latestOf(long meetingId) {
    return distributions.latestOf(meetingId);
  }

  /** The distribution bound to a 纪要印发 instance: what its sending steps act upon. */
  public long distributionOfProcess(String processInstanceId) {
    return distributions.latestOfProcess(processInstanceId).orElseThrow(() -> new IllegalStateException(
        "流程实例 " + processInstanceId + " 没有对应的纪要印发 / no distribution is bound to it")).id();
  }

  public Distribution distribution(long distributionId) {
    return distributions.find(distributionId)
        .orElseThrow(() -> new NoSuchRecordException("minutes distribution " + distributionId));
  }

  public List<MinutesRecipient> recipients(long distributionId) {
    return distributions.recipients(distributionId);
  }

  /** The office's delivery list of the meeting's latest distribution. */
  public List<DeliveryLine> deliveryList(long meetingId) {
    Distribution distribution = distributions.latestOf(meetingId)
        .orElseThrow(() -> new NoSuchRecordException("minutes distribution of meeting " + meetingId));
    List<MinutesDelivery> deliveries = distributions.deliveries(distribution.id());
    return distributions.recipients(distribution.id()).stream().map(r -> {
      Optional<Person> person = directory.person(r.userId());
      return new DeliveryLine(r.userId(), person.map(Person::fullName).orElse(r.userId()),
          person.map(Person::departmentName).orElse(""), r.reason().label(),
          r.departmentCode() == null ? null : departmentName(r.departmentCode()), r.fullText(), r.readAt(),
          deliveries.stream().filter(d -> d.recipientId() == r.id()).toList());
    }).toList();
  }

  public MeetingRecord meeting(long meetingId) {
    return minutes.meeting(meetingId);
  }

  String departmentName(String code) {
    return code == null ? null : directory.department(code).map(Department::name).orElse(code);
  }

  public MinutesRecipient recipient(long recipientId) {
    return distributions.recipient(recipientId)
        .orElseThrow(() -> new NoSuchRecordException("minutes recipient " + recipientId));
  }

  private MinutesRecipient ownRecipient(long recipientId, String userId) {
    MinutesRecipient recipient = recipient(recipientId);
    if (!recipient.userId().equals(userId)) {
      throw new NotTheRecipientException();
    }
    return recipient;
  }

  private static Set<String> responsibleDepartments(ApprovedMinutes approved) {
    Set<String> departments = new LinkedHashSet<>();
    approved.resolutions().stream().map(Resolution::department).filter(d -> d != null && !d.isBlank())
        .forEach(departments::add);
    return departments;
  }

  /** Someone opened or confirmed minutes distributed to another person. */
  public static class NotTheRecipientException extends RuntimeException {
    NotTheRecipientException() {
      super("not the recipient");
    }
  }
}
