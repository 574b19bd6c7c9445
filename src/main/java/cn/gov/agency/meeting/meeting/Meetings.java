package cn.gov.agency.meeting.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What the other features read of a meeting: its record, its participant list, its staff. Read only:
 * the meeting row changes through {@link MeetingSchedule}, the participant list and staff through
 * {@link MeetingPeople}; the repository behind them stays inside meeting/ (ArchitectureTest).
 */
@Service
public class Meetings {

  private final MeetingRepository meetings;

  Meetings(MeetingRepository meetings) {
    this.meetings = meetings;
  }

  public Optional<MeetingRecord> find(long meetingId) {
    return meetings.find(meetingId);
  }

  public List<MeetingRecord> findByYear(int year) {
    return meetings.findByYear(year);
  }

  /** The participant list as it stands, with leave and substitutes (R5.1), in the order named. */
  public List<Attendee> attendees(long meetingId) {
    return meetings.attendees(meetingId);
  }

  /** The people and guests invited, in the order they were named. */
  public List<Participant> participants(long meetingId) {
    return meetings.participants(meetingId);
  }

  public List<String> staff(long meetingId, StaffDuty duty) {
    return meetings.staff(meetingId, duty);
  }

  /** Whether the meeting is confidential (R5.2); false for no such meeting. */
  public boolean isConfidential(long meetingId) {
    return meetings.isConfidential(meetingId);
  }

  /** The room the meeting holds, provisional bookings too; empty before one is booked. */
  public Optional<String> bookedRoom(long meetingId) {
    return meetings.bookedRoom(meetingId);
  }
}
