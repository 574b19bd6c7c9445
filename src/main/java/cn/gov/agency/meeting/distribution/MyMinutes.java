package cn.gov.agency.meeting.distribution;

import java.time.LocalDateTime;

/** Minutes as the person they were distributed to sees them listed on 我收到的会议纪要. */
public record MyMinutes(long recipientId, long meetingId, String meetingTitle, LocalDateTime meetingStart,
    String reasonLabel, String departmentName, boolean fullText, LocalDateTime receivedAt, LocalDateTime readAt) {

  /** The same entry with the meeting named as the reader may know it (MeetingAccess). */
  MyMinutes named(String title) {
    return new MyMinutes(recipientId, meetingId, title, meetingStart, reasonLabel, departmentName, fullText, receivedAt,
        readAt);
  }
}
