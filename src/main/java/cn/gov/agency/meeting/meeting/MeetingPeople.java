package cn.gov.agency.meeting.meeting;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The one writer of who a meeting expects and who serves it: leave and substitutes (R5.1), the named
 * staff, the attendance recorded when sign-in closes. The features that decide these (leave/,
 * execution/, signin/) come here; they read the result through {@link Meetings}.
 */
@Service
public class MeetingPeople {

  private final MeetingRepository meetings;

  MeetingPeople(MeetingRepository meetings) {
    this.meetings = meetings;
  }

  /** Approved leave: the participant is no longer expected; returns the substitute's row id, or null. */
  public Long grantLeave(long meetingId, long attendeeId, String substituteUserId) {
    return meetings.grantLeave(meetingId, attendeeId, substituteUserId);
  }

  /** The named staff of a meeting per duty, replacing what was named before. */
  public void nameStaff(long meetingId, StaffDuty duty, List<String> userIds) {
    meetings.nameStaff(meetingId, duty, userIds);
  }

  /** The attendance record of one participant row, written when sign-in closes. */
  public void recordAttendance(long attendeeId, String attendance, LocalDateTime signedInAt) {
    meetings.recordAttendance(attendeeId, attendance, signedInAt);
  }

  /** 早退 or 擅自离会 (R5.1), with the time, as the sign-in recorded it when it closed. */
  public void recordDeparture(long attendeeId, String departure, LocalDateTime departedAt) {
    meetings.recordDeparture(attendeeId, departure, departedAt);
  }
}
