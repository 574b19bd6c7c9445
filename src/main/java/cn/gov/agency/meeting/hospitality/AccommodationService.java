package cn.gov.agency.meeting.hospitality;

import cn.gov.agency.meeting.budget.BudgetLine;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 会议住宿 (R3.7): the office books a designated hotel; rooms are allocated by head count and
 * gender from the participants' records, and the room list is kept with the meeting.
 */
@Service
public class AccommodationService {

  private final AccommodationForm form;
  private final AccommodationRepository arrangements;
  private final Meetings meetings;
  private final OrganisationDirectory directory;
  private final MeetingEvents events;
  private final AccommodationSettings settings;
  private final BudgetLineCheck budget;
  private final Clock clock;
  private final PersonsInCharge persons;

  public AccommodationService(AccommodationForm form, AccommodationRepository arrangements,
      Meetings meetings, OrganisationDirectory directory, MeetingEvents events,
      AccommodationSettings settings, BudgetLineCheck budget, Clock clock, PersonsInCharge persons) {
    this.persons = persons;
    this.form = form;
    this.arrangements = arrangements;
    this.meetings = meetings;
    this.directory = directory;
    this.events = events;
    this.settings = settings;
    this.budget = budget;
    this.clock = clock;
  }

  /** Checks the form, allocates the rooms and records the room list; invalid input saves nothing. */
  @Transactional
  public AccommodationArrangement arrange(long meetingId, Map<String, ?> values, String actor) {
    MeetingRecord meeting = meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("meeting " + meetingId));
    AccommodationPlan plan = form.read(values, meeting.plannedStart(), meeting.plannedEnd(), participantsOf(meetingId));
    List<Room> rooms = new RoomAllocator(settings.roomSize()).allocate(plan.lodgers());
    long nights = plan.nights();
    budget.check(meetingId, BudgetLine.ACCOMMODATION, plan.cost(rooms.size()), "住宿费用 " + rooms.size() + " 间 × "
        + nights + " 晚 × " + plan.standardPerRoomNight().toPlainString() + " 元", AccommodationForm.SUBJECT,
        HospitalityVariables.ROOM_STANDARD, "住宿标准");
    arrangements.replace(meetingId, plan, rooms, actor, LocalDateTime.now(clock));
    AccommodationArrangement arranged = arrangements.findByMeeting(meetingId).orElseThrow();
    events.record(meetingId, HospitalityVariables.ACCOMMODATION_STAGE, "ARRANGED", actor, plan.hotel().name()
        + "，" + arranged.lodgerCount() + " 人 " + rooms.size() + " 间，标准 "
        + plan.standardPerRoomNight().toPlainString() + " 元/间/晚，待确认 " + arranged.roomsToConfirm() + " 间，住宿负责人（含住宿安全）："
        + persons.describe(plan.responsibleUserId()));
    return arranged;
  }

  public Optional<AccommodationArrangement> arrangementOf(long meetingId) {
    return arrangements.findByMeeting(meetingId);
  }

  /** People with their recorded gender; guests, and anyone no longer on file, without one. */
  private List<Lodger> participantsOf(long meetingId) {
    return meetings.participants(meetingId).stream().map(this::lodger).toList();
  }

  private Lodger lodger(Participant participant) {
    if (participant.isGuest()) {
      return Lodger.guest(participant.guestName(), participant.guestUnit());
    }
    return directory.person(participant.personUserId())
        .map(p -> Lodger.person(p.userId(), p.fullName(), p.departmentName(), p.gender()))
        .orElseGet(() -> Lodger.person(participant.personUserId(), participant.personUserId(), null, null));
  }
}
