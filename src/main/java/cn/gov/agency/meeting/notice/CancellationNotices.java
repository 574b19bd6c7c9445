package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingCancelled;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 会议取消通知: who is told that a meeting is called off and through which channels. The channels
 * are those the meeting's notice used (in-app always; e-mail once a notice went out; SMS when the
 * notice or the meeting is important, R3.3); the people are those expected at the meeting when it
 * was cancelled — a substitute instead of whoever is on leave (R5.1) — and its named staff.
 */
@Service
public class CancellationNotices {

  private final CancellationRepository cancellations;
  private final NoticeRepository notices;
  private final Meetings meetings;
  private final MeetingAccess access;
  private final OrganisationDirectory directory;
  private final ToldPeople told;
  private final Clock clock;

  CancellationNotices(CancellationRepository cancellations, NoticeRepository notices, Meetings meetings,
      MeetingAccess access, OrganisationDirectory directory, ToldPeople told, Clock clock) {
    this.cancellations = cancellations;
    this.notices = notices;
    this.meetings = meetings;
    this.access = access;
    this.directory = directory;
    this.told = told;
    this.clock = clock;
  }

  /**
   * Records the cancellation in the cancelling transaction; its messages go out later, as jobs. A
   * meeting that never got its time (a plan entry not yet scheduled) was announced to nobody and
   * expects nobody, so there is no one to tell: nothing is recorded and nothing is sent.
   */
  Optional<Cancellation> record(MeetingCancelled cancelled) {
    MeetingRecord meeting = meetings.find(cancelled.meetingId()).orElseThrow();
    if (meeting.plannedStart() == null) {
      return Optional.empty();
    }
    Optional<Notice> notice = notices.latestOf(meeting.id());
    boolean important = meeting.important() || notice.map(Notice::important).orElse(false);
    Cancellation cancellation = new Cancellation(meeting.id(), cancelled.reason(), cancelled.actor(),
        LocalDateTime.now(clock), notice.isPresent() || important, important);
    cancellations.insert(cancellation);
    return Optional.of(cancellation);
  }

  /**
   * Fixes who is told, once: every channel then goes to the same people even if the list of the
   * meeting changes meanwhile.
   */
  @Transactional
  public void fixRecipients(long meetingId) {
    if (!cancellations.recipients(meetingId).isEmpty()) {
      return;
    }
    told.of(meetingId).forEach((userId, role) -> cancellations.insertRecipient(meetingId, userId, role));
  }

  /** The cancelled meetings {@code user} was told of in the app and would otherwise still attend. */
  public List<MyCancellation> inAppCancellationsOf(CurrentUser user) {
    return cancellations.inAppOf(user.userId(), LocalDateTime.now(clock)).stream().map(row -> {
      Cancellation c = row.cancellation();
      boolean readable = !row.confidential()
          || access.mayReadContent(user, meetings.find(c.meetingId()).orElseThrow());
      String cancelledBy = directory.person(c.cancelledBy()).map(Person::fullName).orElse(c.cancelledBy());
      return new MyCancellation(c.meetingId(), readable ? row.title() : null, row.plannedStart(), row.plannedEnd(),
          row.place(), readable ? c.reason() : null, cancelledBy, c.cancelledAt());
    }).toList();
  }
}
