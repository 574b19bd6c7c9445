package cn.gov.agency.meeting.lifecycle;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.validation.Violations;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.util.EnumSet;
import java.util.Set;

/** What cancelling and moving a meeting share: which meetings may still change, and the reason rule. */
final class MeetingChanges {

  static final String STAGE = "lifecycle";
  static final int MAX_REASON = 2000;
  private static final Set<MeetingStatus> FINAL = EnumSet.of(MeetingStatus.HELD, MeetingStatus.ARCHIVED,
      MeetingStatus.CANCELLED);

  private MeetingChanges() {}

  static MeetingRecord changeable(Meetings meetings, long meetingId, String change) {
    MeetingRecord meeting = meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("会议 " + meetingId));
    if (FINAL.contains(meeting.status())) {
      throw new MeetingChangeRefused("会议“" + meeting.title() + "”" + meeting.status().label() + "，不能" + change);
    }
    return meeting;
  }

  static String reason(String value, Violations violations) {
    String reason = value == null ? "" : value.strip();
    if (reason.isEmpty()) {
      violations.add("reason", "原因", "required", "必须填写");
    } else if (reason.length() > MAX_REASON) {
      violations.add("reason", "原因", "max-length", "不能超过 " + MAX_REASON + " 个字");
    }
    return reason;
  }
}
