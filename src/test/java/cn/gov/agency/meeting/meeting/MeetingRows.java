package cn.gov.agency.meeting.meeting;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Test fixtures of the other features' tests: they set a meeting up in the state they need (filed,
 * confidential, held, staffed) without walking its whole lifecycle. The application itself reaches
 * the meeting's repository only from meeting/ (ArchitectureTest); this is its stand-in for tests.
 */
@Component
public class MeetingRows {

  private final MeetingRepository meetings;

  MeetingRows(MeetingRepository meetings) {
    this.meetings = meetings;
  }

  public MeetingRecord insertFiled(NewMeeting meeting, LocalDateTime filedAt) {
    return meetings.insertFiled(meeting, filedAt);
  }

  public long insertPlanned(PlannedMeeting meeting, LocalDateTime now) {
    return meetings.insertPlanned(meeting, now);
  }

  public Optional<MeetingRecord> find(long meetingId) {
    return meetings.find(meetingId);
  }

  public List<MeetingRecord> findByYear(int year) {
    return meetings.findByYear(year);
  }

  public List<Attendee> attendees(long meetingId) {
    return meetings.attendees(meetingId);
  }

  public List<Participant> participants(long meetingId) {
    return meetings.participants(meetingId);
  }

  public List<String> staff(long meetingId, StaffDuty duty) {
    return meetings.staff(meetingId, duty);
  }

  public Long grantLeave(long meetingId, long attendeeId, String substituteUserId) {
    return meetings.grantLeave(meetingId, attendeeId, substituteUserId);
  }

  public void nameStaff(long meetingId, StaffDuty duty, List<String> userIds) {
    meetings.nameStaff(meetingId, duty, userIds);
  }

  public void recordAttendance(long attendeeId, String attendance, LocalDateTime signedInAt) {
    meetings.recordAttendance(attendeeId, attendance, signedInAt);
  }

  public void updateConfidential(long meetingId, boolean confidential) {
    meetings.updateConfidential(meetingId, confidential);
  }

  public void updatePlace(long meetingId, String place) {
    meetings.updatePlace(meetingId, place);
  }

  public void updatePreparationNeeds(long meetingId, boolean important, boolean needsCatering,
      boolean needsAccommodation) {
    meetings.updatePreparationNeeds(meetingId, important, needsCatering, needsAccommodation);
  }

  public boolean updateStatus(long meetingId, MeetingStatus from, MeetingStatus to) {
    return meetings.updateStatus(meetingId, from, to);
  }

  public void moveTimes(long meetingId, LocalDateTime start, LocalDateTime end, LocalDateTime now) {
    meetings.moveTimes(meetingId, start, end, now);
  }

  public boolean isConfidential(long meetingId) {
    return meetings.isConfidential(meetingId);
  }

  public Optional<String> bookedRoom(long meetingId) {
    return meetings.bookedRoom(meetingId);
  }
}
