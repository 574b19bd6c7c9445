package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.StaffDuty;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Who is told when a meeting changes after its notice (cancelled, moved): everyone expected at it —
 * a substitute instead of whoever is on leave (R5.1) — and its named staff. Guests have no account;
 * the office tells them by phone.
 */
@Component
class ToldPeople {

  private final Meetings meetings;

  ToldPeople(Meetings meetings) {
    this.meetings = meetings;
  }

  Map<String, CancellationRecipient.Role> of(long meetingId) {
    Map<String, CancellationRecipient.Role> told = new LinkedHashMap<>();
    for (Attendee attendee : meetings.attendees(meetingId)) {
      if (!attendee.isGuest() && attendee.expected()) {
        told.putIfAbsent(attendee.personUserId(), attendee.isSubstitute()
            ? CancellationRecipient.Role.SUBSTITUTE : CancellationRecipient.Role.PARTICIPANT);
      }
    }
    for (StaffDuty duty : StaffDuty.values()) {
      meetings.staff(meetingId, duty).forEach(userId -> told.putIfAbsent(userId, CancellationRecipient.Role.STAFF));
    }
    return told;
  }
}
