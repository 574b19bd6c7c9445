package cn.gov.agency.meeting.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRepository;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.signin.SignInVariables;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The meeting's record is the one schedule: whatever waits on its times follows a move (issue 21). */
@ProcessTest
class MeetingOwnsItsScheduleProcessTest {

  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired MeetingRepository meetings;
  @Autowired MeetingRescheduling rescheduling;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void aMoveDuringAnOpenSignInMovesItsCloseSoTheOldEndHoldsNothing() {
    LocalDateTime start = LocalDateTime.of(2045, 3, 6, 9, 0);
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment", start);
    meetings.updateStatus(meeting.id(), MeetingStatus.APPROVED, MeetingStatus.READY);
    ProcessInstance signIn = runtimeService.startProcessInstanceByKey(SignInVariables.PROCESS_KEY,
        String.valueOf(meeting.id()), SampleMeetings.stageVariables(meeting));

    rescheduling.reschedule(meeting.id(), new RescheduleInput("2045-03-08T09:00", "2045-03-08T11:30", "领导出差"),
        "wangli");

    // The engine's clock stands a minute after the old end: whatever is due by then runs, as the job executor would.
    ClockUtil.setCurrentTime(SampleMeetings.date(meeting.plannedEnd().plusMinutes(1)));
    managementService.createJobQuery().processInstanceId(signIn.getId()).executable().list()
        .forEach(job -> managementService.executeJob(job.getId()));

    assertThat(meetings.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.READY);
    assertThat(meetings.attendees(meeting.id())).extracting(Attendee::attendance).containsOnlyNulls();
    Job close = managementService.createJobQuery().processInstanceId(signIn.getId()).timers().singleResult();
    assertThat(close.getDuedate()).isEqualTo(SampleMeetings.date(LocalDateTime.of(2045, 3, 8, 11, 30)));
  }
}
