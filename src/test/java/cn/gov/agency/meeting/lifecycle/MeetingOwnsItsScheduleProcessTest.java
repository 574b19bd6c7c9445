package cn.gov.agency.meeting.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingEvents.MeetingEvent;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.meeting.NewMeeting;
import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.notice.NoticeVariables;
import cn.gov.agency.meeting.signin.SignInService;
import cn.gov.agency.meeting.signin.SignInVariables;
import cn.gov.agency.meeting.support.MeetingDriver;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The meeting's record is the one schedule: whatever waits on its times follows a move (issue 21). */
@ProcessTest
class MeetingOwnsItsScheduleProcessTest {

  private static final ZoneId AGENCY = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired MeetingRows meetings;
  @Autowired MeetingRescheduling rescheduling;
  @Autowired MeetingEvents events;
  @Autowired ApplicationContext context;
  @Autowired SignInService signInService;

  @Test
  void aMeetingTwoHoursAfterFilingHasEveryTaskDueBeforeItAndSaysItsDeadlinesAreShort() {
    LocalDateTime filedAt = LocalDateTime.now(AGENCY).truncatedTo(ChronoUnit.MINUTES);
    LocalDateTime start = filedAt.plusHours(2);
    MeetingRecord meeting = meetings.insertFiled(new NewMeeting("ADHOC", "work_deployment", "紧急部署会", "policy",
        start, start.plusHours(1), "待定", "紧急部署", new BigDecimal("500.00"),
        List.of(Participant.person("fenggang"), Participant.person("wangli")), "zhouping"), filedAt);
    MeetingDriver driver = new MeetingDriver(context);
    driver.startAndSettle(meeting, false, false, false);

    Map<String, Task> open = driver.openTasks(meeting);
    assertThat(open).containsKeys("bookVenue", "prepareMaterials", "draftBudget");
    assertThat(open.values()).as("everything asked before the meeting is due by its start")
        .allSatisfy(task -> assertThat(task.getDueDate()).isBeforeOrEqualTo(SampleMeetings.date(start)));
    // The notice stage as the preparation calls it once a room is booked (no room is booked here: any
    // test may hold one in these real-time hours).
    String notice = runtimeService.startProcessInstanceByKey(NoticeVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting)).getId();
    open = driver.openTasks(meeting);
    assertThat(open.get("draftNotice").getDueDate()).isEqualTo(SampleMeetings.date(start));
    assertThat(open.get("prepareMaterials").getDueDate()).isEqualTo(SampleMeetings.date(start));
    Job noticeWarning = timer(notice, "noticeDeadlineNear");
    assertThat(noticeWarning.getDuedate()).as("warned at once, not at a time before the meeting was filed")
        .isEqualTo(SampleMeetings.date(filedAt));
    assertThat(timer(driver.instanceOf(meeting, "meetingMaterials"), "materialsDeadlinePassed").getDuedate())
        .isEqualTo(SampleMeetings.date(start));
    assertThat(events.of(meeting.id())).filteredOn(e -> e.action().equals("DEADLINES")).singleElement()
        .extracting(MeetingEvent::comment).asString()
        .contains("通知发出期限", "材料报送期限", "短期会议：安排时已过此期限，须于会议开始 " + DAY_TIME.format(start) + " 前完成")
        .doesNotContain("预警");
  }

  private Job timer(String processInstanceId, String activityId) {
    return managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
        .singleResult();
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void aMoveDuringAnOpenSignInMovesItsCloseSoTheOldEndHoldsNothing() {
    LocalDateTime start = LocalDateTime.of(2053, 3, 6, 9, 0);
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment", start);
    meetings.updateStatus(meeting.id(), MeetingStatus.APPROVED, MeetingStatus.READY);
    ProcessInstance signIn = runtimeService.startProcessInstanceByKey(SignInVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting));

    rescheduling.reschedule(meeting.id(), new RescheduleInput("2053-03-08T09:00", "2053-03-08T11:30", "领导出差"),
        "wangli");

    // The engine's clock stands a minute after the old end: whatever is due by then runs, as the job executor would.
    ClockUtil.setCurrentTime(SampleMeetings.date(meeting.plannedEnd().plusMinutes(1)));
    managementService.createJobQuery().processInstanceId(signIn.getId()).executable().list()
        .forEach(job -> managementService.executeJob(job.getId()));

    assertThat(meetings.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.READY);
    assertThat(meetings.attendees(meeting.id())).extracting(Attendee::attendance).containsOnlyNulls();
    Job close = managementService.createJobQuery().processInstanceId(signIn.getId()).timers().singleResult();
    assertThat(close.getDuedate()).isEqualTo(SampleMeetings.date(LocalDateTime.of(2053, 3, 8, 11, 30)));
    assertThat(signInService.sheet(meeting.id()).window()).as("the window codes and the desk are checked against")
        .extracting(w -> w.opensAt().toLocalDate(), w -> w.closesAt())
        .containsExactly(LocalDateTime.of(2053, 3, 8, 0, 0).toLocalDate(), LocalDateTime.of(2053, 3, 8, 11, 30));
  }
}
