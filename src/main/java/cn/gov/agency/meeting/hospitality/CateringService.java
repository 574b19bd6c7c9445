package cn.gov.agency.meeting.hospitality;

import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 会议用餐 (R3.6): the office arranges catering with a designated caterer within the rules. */
@Service
public class CateringService {

  private final CateringForm form;
  private final CateringRepository arrangements;
  private final Meetings meetings;
  private final MeetingEvents events;
  private final Clock clock;

  public CateringService(CateringForm form, CateringRepository arrangements, Meetings meetings,
      MeetingEvents events, Clock clock) {
    this.form = form;
    this.arrangements = arrangements;
    this.meetings = meetings;
    this.events = events;
    this.clock = clock;
  }

  /** Checks the form against the meeting and records it; invalid input saves nothing. */
  @Transactional
  public CateringArrangement arrange(long meetingId, Map<String, ?> values, String actor) {
    MeetingRecord meeting = meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("meeting " + meetingId));
    CateringPlan plan = form.read(values, meeting.participantCount());
    arrangements.replace(meetingId, plan, actor, LocalDateTime.now(clock));
    CateringArrangement arranged = arrangements.findByMeeting(meetingId).orElseThrow();
    events.record(meetingId, HospitalityVariables.CATERING_STAGE, "ARRANGED", actor, plan.caterer().name() + "，"
        + plan.headCount() + " 人 × " + plan.mealCount() + " 餐，标准 " + plan.standardPerPerson().toPlainString()
        + " 元/人/餐，协议编号 " + plan.agreementReference());
    return arranged;
  }

  public Optional<CateringArrangement> arrangementOf(long meetingId) {
    return arrangements.findByMeeting(meetingId);
  }
}
