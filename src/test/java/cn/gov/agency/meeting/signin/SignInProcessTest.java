package cn.gov.agency.meeting.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingEvents.MeetingEvent;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingPeople;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.MeetingSchedule;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.meeting.StaffDuty;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.organisation.PersonUnits;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * processes/meeting-sign-in.bpmn as 会议召开 calls it: the codes go out, the process waits for the
 * meeting's end, and the timer (executed here, never waited for) closes sign-in.
 */
@ProcessTest
class SignInProcessTest {

  private static final ZoneId AGENCY = ZoneId.of("Asia/Shanghai");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired MeetingRows meetings;
  @Autowired MeetingSchedule schedule;
  @Autowired MeetingEvents events;
  @Autowired SignInRepository signIns;
  @Autowired OrganisationDirectory directory;
  @Autowired PersonUnits units;
  @Autowired SignInSettings settings;
  @Autowired SignInCodeMail mail;
  @Autowired SignInQrCodes qrCodes;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired Meetings reader;
  @Autowired MeetingPeople people;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
  }

  @Test
  void codesGoOutTheTimerWaitsForTheEndAndClosingRecordsTheAttendanceAndHoldsTheMeeting() {
    LocalDateTime start = LocalDateTime.of(2044, 2, 3, 14, 0);
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "business_seminar", start);
    meetings.grantLeave(meeting.id(), attendee(meeting, "chenjing").id(), null);
    meetings.updateStatus(meeting.id(), MeetingStatus.APPROVED, MeetingStatus.READY);

    ProcessInstance pi = runtimeService.startProcessInstanceByKey(SignInVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting));

    assertThat(pi).isWaitingAt("signInClosed").hasPassed("issueSignInCodes");
    assertThat(signIns.session(meeting.id()).orElseThrow().window().opensAt()).isEqualTo(start.minusMinutes(30));
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(SampleMeetings.date(meeting.plannedEnd()));
    assertThat(signIns.ofMeeting(meeting.id())).extracting(SignInCode::personUserId)
        .containsExactly("fenggang", "wangli", "qianjun", null);

    SignInService signIn = at(start.minusMinutes(5));
    signIn.signIn(code(meeting, "fenggang"), meeting.id(), "fenggang");
    at(start.plusMinutes(12)).signIn(code(meeting, "qianjun"), meeting.id(), "qianjun");

    managementService.executeJob(timer.getId());

    assertThat(pi).isEnded().hasPassed("closeSignIn", "signInDone");
    assertThat(meetings.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.HELD);
    assertThat(meetings.attendees(meeting.id())).extracting(Attendee::personUserId, Attendee::attendance)
        .containsExactly(tuple("fenggang", "PRESENT"), tuple("wangli", "ABSENT"), tuple("qianjun", "LATE"),
            tuple("chenjing", "ON_LEAVE"), tuple(null, "ABSENT"));
    assertThat(events.of(meeting.id())).extracting(MeetingEvent::stage, MeetingEvent::action, MeetingEvent::actorUserId)
        .containsExactly(tuple("signin", "CODES_ISSUED", "system"), tuple("signin", "SIGNED_IN", "fenggang"),
            tuple("signin", "SIGNED_IN", "qianjun"), tuple("signin", "CLOSED", "system"),
            tuple("signin", "HELD", "system"));
    assertThat(events.of(meeting.id()).get(3).comment())
        .isEqualTo("出席 1 人，迟到 1 人，早退 0 人，擅自离会 0 人，请假 1 人（其中代会 0 人），无故缺席 2 人");
  }

  @Test
  void r5_1_earlyDepartureCountsInAttendance() {
    LocalDateTime start = LocalDateTime.of(2044, 2, 10, 14, 0);
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "business_seminar", start);
    meetings.updateStatus(meeting.id(), MeetingStatus.APPROVED, MeetingStatus.READY);
    meetings.nameStaff(meeting.id(), StaffDuty.SIGN_IN, List.of("hanmei"));
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(SignInVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting));
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    for (String person : List.of("fenggang", "wangli", "qianjun")) {
      at(start.minusMinutes(10)).signIn(code(meeting, person), meeting.id(), person);
    }

    at(start.plusMinutes(75)).signOut(code(meeting, "wangli"), "单位有急事", "wangli");
    at(start.plusMinutes(80)).departureAtDesk(meeting.id(), attendee(meeting, "qianjun").id(),
        Departure.LEFT_WITHOUT_PERMISSION, "茶歇后未回会场", user("hanmei"));
    managementService.executeJob(timer.getId());

    assertThat(pi).isEnded().hasPassed("closeSignIn");
    assertThat(signIns.session(meeting.id()).orElseThrow().closed()).isTrue();
    assertThat(meetings.attendees(meeting.id())).extracting(Attendee::personUserId, Attendee::attendance,
            Attendee::departure)
        .containsExactly(tuple("fenggang", "PRESENT", null), tuple("wangli", "PRESENT", "EARLY_DEPARTURE"),
            tuple("qianjun", "PRESENT", "LEFT_WITHOUT_PERMISSION"), tuple("chenjing", "ABSENT", null),
            tuple(null, "ABSENT", null));
    assertThat(events.of(meeting.id())).extracting(MeetingEvent::action, MeetingEvent::actorUserId, MeetingEvent::comment)
        .contains(tuple("EARLY_DEPARTURE", "wangli", "王丽（早退，2044-02-10 15:15）；单位有急事"),
            tuple("DESK_LEFT_WITHOUT_PERMISSION", "hanmei", "钱军（擅自离会，2044-02-10 15:20）；茶歇后未回会场"),
            tuple("CLOSED", "system", "出席 3 人，迟到 0 人，早退 1 人，擅自离会 1 人，请假 0 人（其中代会 0 人），无故缺席 2 人"));
    Integer early = jdbc.queryForObject(
        "select early_departure_count from sign_in_session where meeting_id = ?", Integer.class, meeting.id());
    Integer left = jdbc.queryForObject(
        "select left_without_permission_count from sign_in_session where meeting_id = ?", Integer.class, meeting.id());
    assertThat(List.of(early, left)).containsExactly(1, 1);
  }

  private CurrentUser user(String userId) {
    return new CurrentUser(userId, identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList());
  }

  private SignInService at(LocalDateTime now) {
    return new SignInService(signIns, reader, schedule, events, directory, settings, mail, qrCodes,
        Clock.fixed(now.atZone(AGENCY).toInstant(), AGENCY), units, people);
  }

  private Attendee attendee(MeetingRecord meeting, String userId) {
    return meetings.attendees(meeting.id()).stream().filter(a -> userId.equals(a.personUserId())).findFirst()
        .orElseThrow();
  }

  private String code(MeetingRecord meeting, String userId) {
    return signIns.byAttendee(attendee(meeting, userId).id()).orElseThrow().code();
  }
}
