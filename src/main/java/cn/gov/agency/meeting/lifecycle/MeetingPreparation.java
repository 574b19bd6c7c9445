package cn.gov.agency.meeting.lifecycle;

import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.MeetingSchedule;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.validation.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The preparation stage as a whole: what the office settles at its start, and its end (筹备就绪). */
@Service
public class MeetingPreparation {

  static final String STAGE = "preparation";
  private static final int MAX_NOTE_LENGTH = 2000;

  private final Meetings meetings;
  private final MeetingSchedule schedule;
  private final MeetingEvents events;

  public MeetingPreparation(Meetings meetings, MeetingSchedule schedule, MeetingEvents events) {
    this.meetings = meetings;
    this.schedule = schedule;
    this.events = events;
  }

  /** The office decides whether the meeting is important and needs catering or accommodation. */
  @Transactional
  public void settle(long meetingId, PreparationNeeds needs, String officeUser, String note) {
    Violations violations = new Violations("筹备事项");
    if (note != null && note.length() > MAX_NOTE_LENGTH) {
      violations.add("preparationNote", "筹备说明", "max-length", "不能超过 " + MAX_NOTE_LENGTH + " 个字");
    }
    violations.throwIfAny();
    schedule.settle(meetingId, needs.important(), needs.catering(), needs.accommodation(), needs.confidential());
    if (!schedule.changeStatus(meetingId, MeetingStatus.APPROVED, MeetingStatus.PREPARING)) {
      throw new IllegalStateException("meeting " + meetingId + " is not waiting for its preparation");
    }
    events.record(meetingId, STAGE, "SETTLED", officeUser, needs.describe() + (note == null ? "" : "；" + note));
  }

  public MeetingRecord meeting(long meetingId) {
    return meetings.find(meetingId).orElseThrow(() -> new IllegalStateException("meeting " + meetingId + " does not exist"));
  }

  @Transactional
  public void markReady(long meetingId, String actor) {
    if (!schedule.changeStatus(meetingId, MeetingStatus.PREPARING, MeetingStatus.READY)) {
      throw new IllegalStateException("meeting " + meetingId + " is not being prepared");
    }
    events.record(meetingId, STAGE, "READY", actor, null);
  }
}
