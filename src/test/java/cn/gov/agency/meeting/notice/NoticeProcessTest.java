package cn.gov.agency.meeting.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.engine.RejectedProcessInput;
import cn.gov.agency.meeting.process.LifecycleVariables;
import cn.gov.agency.meeting.meeting.MeetingEvents.MeetingEvent;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.message.SmsMessage;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/** Every path of processes/meeting-notice.bpmn, run as the demo users. */
@Import(NoticeTestSupport.Doubles.class)
class NoticeProcessTest extends NoticeTestSupport {

  private static final String SUBJECT = "【会议通知】政策解读部署会";
  private static final ZoneId AGENCY = ZoneId.of("Asia/Shanghai");

  @Test
  void anOnTimeNoticeGoesByEmailAndInAppToEveryPersonThenWaitsForReceipts() throws Exception {
    MeetingRecord meeting = meeting();
    ProcessInstance pi = start(meeting, Map.of());
    assertThat(pi).isWaitingAt("draftNotice");
    assertThat(task(pi)).hasCandidateGroup("office");
    assertThatThrownBy(() -> complete(pi, "wangli", draftForm())).isInstanceOf(AuthorizationException.class);

    complete(pi, "zhouping", draftForm());
    assertThat(pi).isWaitingAt("sendNoticeByEmail", "postNoticeInApp");
    assertThat(job(pi, "sendNoticeBySms")).isNull();
    assertThat(pi).variables().containsEntry(NoticeVariables.NOTICE_LATE, false);

    runSendingJobs(pi);
    assertThat(pi).isWaitingAt("trackReceipts");
    assertThat(task(pi)).hasCandidateGroup("office");
    long noticeId = noticeId(pi);
    assertThat(deliveries(noticeId)).containsExactlyInAnyOrder(
        "fenggang EMAIL 1 SENT", "fenggang IN_APP 1 SENT", "wangli EMAIL 1 SENT", "wangli IN_APP 1 SENT",
        "qianjun EMAIL 1 SENT", "qianjun IN_APP 1 SENT", "chenjing EMAIL 1 SENT", "chenjing IN_APP 1 SENT");
    assertThat(mailRecipients(SUBJECT)).containsExactlyInAnyOrderElementsOf(emails(PERSONS));
    assertThat(sms.sent).isEmpty();

    Notice notice = notices.notice(noticeId);
    assertThat(notice.status()).isEqualTo(NoticeStatus.SENT);
    assertThat(notice.late()).isFalse();
    assertThat(notice.draftedBy()).isEqualTo("zhouping");
    assertThat(notices.document(noticeId)).contains("关于召开政策解读部署会的通知", "2030年3月4日 09:00",
        "王丽（政策法规处 科员）", "钱军（局领导 副局长）", "张三（市财政局）", "请提前十分钟到场签到",
        "请各部门准备本部门任务分解表", "领导讲话");
    assertThat(eventActions(meeting.id())).containsExactly("drafted", "sent-email", "sent-in_app", "sent");
  }

  @Test
  void anImportantMeetingIsAlsoNotifiedBySms() {
    MeetingRecord meeting = meeting();
    ProcessInstance pi = start(meeting, Map.of(LifecycleVariables.IMPORTANT, true));
    complete(pi, "liming", draftForm());
    assertThat(pi).isWaitingAt("sendNoticeByEmail", "postNoticeInApp", "sendNoticeBySms");

    runSendingJobs(pi);
    assertThat(pi).isWaitingAt("trackReceipts");
    assertThat(deliveries(noticeId(pi))).filteredOn(d -> d.contains(" SMS ")).containsExactlyInAnyOrder(
        "fenggang SMS 1 SENT", "wangli SMS 1 SENT", "qianjun SMS 1 SENT", "chenjing SMS 1 SENT");
    assertThat(sms.sent).extracting(SmsMessage::phone)
        .containsExactlyInAnyOrder("13800000030", "13800000031", "13800000002", "13800000041");
    assertThat(sms.sent.get(0).text()).contains("政策解读部署会", BASE_URL + "/app/notice-receipts/");
  }

  @Test
  void aLateNoticeWithoutTheSpecialCircumstancesIsRefusedAndTheTaskStays() {
    // Tomorrow's meeting: its notice deadline, working days before it, has passed.
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDate.now(AGENCY).plusDays(1).atTime(9, 0));
    ProcessInstance pi = start(meeting, Map.of());

    assertThatThrownBy(() -> complete(pi, "zhouping", draftForm()))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("lateReason").hasMessageContaining("特殊情况");
    assertThat(pi).isWaitingAt("draftNotice");
    assertThat(jdbc.queryForObject("select count(*) from meeting_notice where meeting_id = ?", Integer.class,
        meeting.id())).isZero();

    Map<String, Object> form = draftForm();
    form.put(NoticeVariables.LATE_REASON, "会议时间经领导临时调整");
    complete(pi, "zhouping", form);
    assertThat(pi).variables().containsEntry(NoticeVariables.NOTICE_LATE, true);
    Notice notice = notices.notice(noticeId(pi));
    assertThat(notice.late()).isTrue();
    assertThat(notice.lateReason()).isEqualTo("会议时间经领导临时调整");
    assertThat(events.of(meeting.id())).extracting(MeetingEvent::action, MeetingEvent::comment)
        .contains(org.assertj.core.groups.Tuple.tuple("drafted-late", "逾期发出，特殊情况：会议时间经领导临时调整"));
  }

  @Test
  void aSeminarNoticeNeedsItsThemeAndRequirements() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "business_seminar",
        LocalDateTime.of(2030, 5, 6, 9, 0));
    ProcessInstance pi = start(meeting, Map.of());
    assertThatThrownBy(() -> complete(pi, "zhouping", draftForm())).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("seminarTheme").hasMessageContaining("seminarRequirements")
        .hasMessageNotContaining("exchangeTheme");

    Map<String, Object> form = draftForm();
    form.put(NoticeVariables.SEMINAR_THEME, "数字政府建设");
    form.put(NoticeVariables.SEMINAR_REQUIREMENTS, "每个部门准备一份书面发言");
    complete(pi, "zhouping", form);
    assertThat(notices.document(noticeId(pi))).contains("研讨主题", "数字政府建设", "研讨要求", "每个部门准备一份书面发言");
  }

  @Test
  void theEscalationTimerRemindsTheOfficeAndTheDraftTaskStays() throws Exception {
    MeetingRecord meeting = meeting();
    ProcessInstance pi = start(meeting, Map.of());
    Job timer = job(pi, "noticeDeadlineNear");
    assertThat(timer.getDuedate()).isEqualTo(SampleMeetings.date(meeting.plannedStart().minusDays(6)));

    managementService.executeJob(timer.getId());

    assertThat(pi).isWaitingAt("draftNotice");
    assertThat(task(pi)).hasCandidateGroup("office");
    assertThat(mailRecipients("【会务管理系统】会议通知即将逾期：政策解读部署会"))
        .containsExactlyInAnyOrder("zhouping@agency.example", "liming@agency.example");
    assertThat(sms.sent).extracting(SmsMessage::userId).containsExactlyInAnyOrder("zhouping", "liming");
    assertThat(eventActions(meeting.id())).containsExactly("escalated");

    complete(pi, "zhouping", draftForm());
    assertThat(pi).isWaitingAt("sendNoticeByEmail", "postNoticeInApp");
  }

  @Test
  void receiptsCannotBeSignedOffUntilEveryParticipantConfirmed() {
    MeetingRecord meeting = meeting();
    ProcessInstance pi = start(meeting, Map.of());
    long noticeId = draftedAndSent(pi);

    assertThatThrownBy(() -> complete(pi, "liming", Map.of())).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("5 人未确认").hasMessageContaining("王丽").hasMessageContaining("张三（市财政局）");
    assertThat(pi).isWaitingAt("trackReceipts");

    for (String person : PERSONS) {
      NoticeRecipient recipient = notices.recipientOf(meeting.id(), person);
      notices.confirmOwn(recipient, person, ConfirmationMethod.IN_APP);
    }
    assertThatThrownBy(() -> complete(pi, "liming", Map.of())).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("1 人未确认").hasMessageContaining("张三").hasMessageNotContaining("王丽");

    NoticeRecipient guest = notices.recipients(noticeId).stream().filter(NoticeRecipient::isGuest).findFirst()
        .orElseThrow();
    notices.confirmOnBehalf(meeting.id(), guest.key(), "PHONE", "已电话通知张三本人", "zhouping");
    complete(pi, "liming", Map.of());

    assertThat(pi).isEnded().hasPassed("noticeDelivered");
    assertThat(notices.notice(noticeId).status()).isEqualTo(NoticeStatus.CONFIRMED);
    assertThat(eventActions(meeting.id())).endsWith("confirmed-on-behalf", "all-confirmed");
    assertThat(notices.recipients(noticeId)).filteredOn(NoticeRecipient::isGuest).singleElement()
        .satisfies(r -> {
          assertThat(r.confirmationMethod()).isEqualTo(ConfirmationMethod.PHONE);
          assertThat(r.confirmationNote()).isEqualTo("已电话通知张三本人");
          assertThat(r.confirmedBy()).isEqualTo("zhouping");
        });
  }

  @Test
  void theOfficeMustSayHowItConfirmedForSomeone() {
    MeetingRecord meeting = meeting();
    ProcessInstance pi = start(meeting, Map.of());
    draftedAndSent(pi);
    assertThatThrownBy(() -> notices.confirmOnBehalf(meeting.id(), "wangli", "LINK", " ", "zhouping"))
        .hasMessageContaining("method").hasMessageContaining("note");
    assertThat(notices.recipientOf(meeting.id(), "wangli").confirmed()).isFalse();
  }
}
