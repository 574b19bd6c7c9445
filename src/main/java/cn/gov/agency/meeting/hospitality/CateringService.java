package cn.gov.agency.meeting.hospitality;

import cn.gov.agency.meeting.budget.BudgetLine;
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
  private final BudgetLineCheck budget;
  private final Clock clock;
  private final PersonsInCharge persons;

  public CateringService(CateringForm form, CateringRepository arrangements, Meetings meetings,
      MeetingEvents events, BudgetLineCheck budget, Clock clock, PersonsInCharge persons) {
    this.persons = persons;
    this.form = form;
    this.arrangements = arrangements;
    this.meetings = meetings;
    this.events = events;
    this.budget = budget;
    this.clock = clock;
  }

  /** Checks the form against the meeting and records it; invalid input saves nothing. */
  @Transactional
  public CateringArrangement arrange(long meetingId, Map<String, ?> values, String actor) {
    MeetingRecord meeting = meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("meeting " + meetingId));
    CateringPlan plan = form.read(values, meeting.participantCount());
    budget.check(meetingId, BudgetLine.MEALS, plan.cost(), "用餐费用 " + plan.standardPerPerson().toPlainString()
        + " 元 × " + plan.headCount() + " 人 × " + plan.mealCount() + " 餐", CateringForm.SUBJECT,
        HospitalityVariables.CATERING_STANDARD, "用餐标准");
    arrangements.replace(meetingId, plan, actor, LocalDateTime.now(clock));
    CateringArrangement arranged = arrangements.findByMeeting(meetingId).orElseThrow();
    events.record(meetingId, HospitalityVariables.CATERING_STAGE, "ARRANGED", actor, plan.caterer().name() + "，"
        + plan.headCount() + " 人 × " + plan.mealCount() + " 餐，标准 " + plan.standardPerPerson().toPlainString()
        + " 元/人/餐，协议编号 " + plan.agreementReference() + "，用餐负责人（含食品安全）："
        + persons.describe(plan.responsibleUserId()));
    return arranged;
  }

  public Optional<CateringArrangement> arrangementOf(long meetingId) {
    return arrangements.findByMeeting(meetingId);
  }
}
