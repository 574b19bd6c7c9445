package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.MeetingRescheduled;
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
 * 会议改期通知: who is told that a meeting moved and through which channels — the same people and
 * channels as a cancellation (see {@link CancellationNotices}). Only a meeting whose notice went out
 * is announced: before the notice nobody was told its time, and the notice itself will state the new
 * one.
 */
@Service
public class MoveNotices {

  private final MoveRepository moves;
  private final NoticeRepository notices;
  private final Meetings meetings;
  private final ToldPeople told;
  private final MeetingAccess access;
  private final OrganisationDirectory directory;
  private final Clock clock;

  MoveNotices(MoveRepository moves, NoticeRepository notices, Meetings meetings, ToldPeople told,
      MeetingAccess access, OrganisationDirectory directory, Clock clock) {
    this.moves = moves;
    this.notices = notices;
    this.meetings = meetings;
    this.told = told;
    this.access = access;
    this.directory = directory;
    this.clock = clock;
  }

  /** Records the move in the moving transaction when there is anyone to tell; its messages go out later, as jobs. */
  Optional<Move> record(MeetingRescheduled moved) {
    MeetingRecord meeting = meetings.find(moved.meetingId()).orElseThrow();
    Optional<Notice> notice = notices.latestOf(meeting.id());
    if (notice.isEmpty()) {
      return Optional.empty();
    }
    boolean important = meeting.important() || notice.get().important();
    long id = moves.insert(meeting.id(), moved.oldStart(), moved.oldEnd(), moved.newStart(), moved.newEnd(),
        moved.actor(), LocalDateTime.now(clock), important, moves.lastSequence(meeting.id()) + 1);
    return moves.find(id);
  }

  /**
   * Fixes who is told of this move, once: every channel then goes to the same people even if the
   * list of the meeting changes meanwhile.
   */
  @Transactional
  public void fixRecipients(long meetingId, long moveId) {
    Move move = of(meetingId, moveId);
    if (!moves.recipients(moveId).isEmpty()) {
      return;
    }
    told.of(move.meetingId()).forEach((userId, role) -> moves.insertRecipient(moveId, userId, role));
  }

  /** The moved meetings {@code user} was told of in the app that are still ahead, each by its latest move. */
  public List<MyMove> inAppMovesOf(CurrentUser user) {
    return moves.inAppOf(user.userId(), LocalDateTime.now(clock)).stream().map(row -> {
      Move move = row.move();
      boolean readable = !row.confidential()
          || access.mayReadContent(user, meetings.find(move.meetingId()).orElseThrow());
      String movedBy = directory.person(move.movedBy()).map(Person::fullName).orElse(move.movedBy());
      return new MyMove(move.meetingId(), readable ? row.title() : null, move.oldStart(), move.oldEnd(),
          move.newStart(), move.newEnd(), row.place(), movedBy, move.movedAt());
    }).toList();
  }

  /** The move, only if it is one of the meeting the process is bound to. */
  Move of(long meetingId, long moveId) {
    return moves.find(moveId).filter(move -> move.meetingId() == meetingId).orElseThrow(() ->
        new IllegalStateException("改期 " + moveId + " 不属于会议 " + meetingId + " / the move is not the bound meeting's"));
  }
}
