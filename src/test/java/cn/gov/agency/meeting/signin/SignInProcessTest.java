package cn.gov.agency.meeting.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingEvents.MeetingEvent;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingPeople;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.MeetingSchedule;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.organisation.PersonUnits;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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
        String.valueOf(meeting.id()), SampleMeetings.stageVariables(meeting));

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
        .isEqualTo("出席 1 人，迟到 1 人，请假 1 人（其中代会 0 人），无故缺席 2 人");
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
