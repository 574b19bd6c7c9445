package cn.gov.agency.meeting.reminder;

import static cn.gov.agency.meeting.support.EngineRest.inbox;
import static cn.gov.agency.meeting.support.EngineRest.single;
import static cn.gov.agency.meeting.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.notice.NoticeVariables;
import cn.gov.agency.meeting.support.Eventually;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleMeetings;
import cn.gov.agency.meeting.support.TestMailServer;
import jakarta.mail.MessagingException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 会前提醒 on PostgreSQL with the real job executor: a meeting starting in a little over half an
 * hour, its notice sent by the office over the REST API; the reminder of the working day before is
 * already past (skipped, not sent late), the one 30 minutes before fires on its own and reaches
 * every participant by e-mail and in-app, recorded per person and channel.
 */
@IntegrationTest
class MeetingRemindersIT {

  private static final ZoneId AGENCY = ZoneId.of("Asia/Shanghai");

  @LocalServerPort int port;
  @Autowired MeetingRows meetings;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theReminderThirtyMinutesBeforeFiresOnTheJobExecutor() {
    // The timer is due some 75 s from now: time for the notice's jobs, within Eventually's bound.
    LocalDateTime start = LocalDateTime.now(AGENCY).plusMinutes(30).plusSeconds(75).truncatedTo(ChronoUnit.SECONDS);
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment", start);
    RestClient zhouping = RestClient.as("zhouping", port);
    Map<String, Object> stage = SampleMeetings.stageVariables(meeting);
    String notice = runtimeService.startProcessInstanceByKey(NoticeVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), stage).getId();
    String draft = single(inbox(zhouping, "办公室待办"), notice).get("id").asText();
    assertThat(zhouping.post("/engine-rest/task/" + draft + "/complete", variables(Map.of(
        NoticeVariables.REQUIREMENTS, "请准时参会", NoticeVariables.PREPARATIONS, "无",
        NoticeVariables.LATE_REASON, "会议临时召开"))).status()).isEqualTo(204);

    Eventually.until("the notice is sent and the reminders planned", () -> statuses(meeting.id()),
        statuses -> statuses.equals(List.of("DAY_BEFORE SKIPPED", "SHORTLY_BEFORE SCHEDULED")));
    Eventually.until("the job executor fires the reminder and sends it", () -> statuses(meeting.id()),
        statuses -> statuses.contains("SHORTLY_BEFORE SENT"));

    assertThat(jdbc.queryForList("""
        select d.person_user_id || ' ' || d.channel || ' ' || d.status from meeting_reminder_delivery d
          join meeting_reminder r on r.id = d.reminder_id where r.meeting_id = ?""", String.class, meeting.id()))
        .containsExactlyInAnyOrder("fenggang EMAIL SENT", "fenggang IN_APP SENT", "wangli EMAIL SENT",
            "wangli IN_APP SENT", "qianjun EMAIL SENT", "qianjun IN_APP SENT", "chenjing EMAIL SENT",
            "chenjing IN_APP SENT");
    assertThat(TestMailServer.messagesTo("chenjing@agency.example")).anyMatch(m -> subject(m).equals(
        "【会前提醒】" + meeting.title()));
    // No reminder left: the process waits for the meeting's start, so that a later move is still followed.
    String reminders = runtimeService.createProcessInstanceQuery().processDefinitionKey(ReminderVariables.PROCESS_KEY)
        .processInstanceBusinessKey(MeetingKey.of(meeting.id())).singleResult().getId();
    Eventually.until("the process waits for the meeting's start", () -> managementService.createJobQuery()
        .processInstanceId(reminders).timers().list().stream().map(Job::getDuedate).toList(),
        dueDates -> dueDates.equals(List.of(Date.from(start.atZone(AGENCY).toInstant()))));
  }

  private List<String> statuses(long meetingId) {
    return jdbc.queryForList("select kind || ' ' || status from meeting_reminder where meeting_id = ? order by remind_at",
        String.class, meetingId);
  }

  private static String subject(jakarta.mail.internet.MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
