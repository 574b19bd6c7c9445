package cn.gov.agency.meeting.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.support.RestClient;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/**
 * The window a crash can hit while a notice goes out: the mail server has taken a message but the
 * application died before recording it as sent. The rerun of the sending job must neither send it
 * again nor forget it: it is shown to the office as 待核实.
 */
@Import(NoticeTestSupport.Doubles.class)
class NoticeSendingCrashTest extends NoticeTestSupport {

  private static final String SUBJECT = "【会议通知】政策解读部署会";

  @Test
  void aMessageWhoseSendingWasInterruptedIsNotSentAgainButLeftForTheOfficeToCheck() throws Exception {
    MeetingRecord meeting = meeting();
    ProcessInstance pi = start(meeting, Map.of());
    complete(pi, "zhouping", draftForm());
    managementService.executeJob(job(pi, "postNoticeInApp").getId());
    long wangli = notices.recipientOf(meeting.id(), "wangli").id();
    // What a kill -9 between the SMTP hand-over and the commit of SENT leaves behind.
    jdbc.update("""
        insert into notice_delivery (recipient_id, channel, send_round, status, recorded_at, recorded_by)
        values (?, 'EMAIL', 1, 'SENDING', ?, 'zhouping')""", wangli, Timestamp.valueOf(LocalDateTime.now()));

    managementService.executeJob(job(pi, "sendNoticeByEmail").getId());

    assertThat(pi).isWaitingAt("trackReceipts");
    assertThat(mailRecipients(SUBJECT)).containsExactlyInAnyOrderElementsOf(
        emails(List.of("fenggang", "qianjun", "chenjing")));
    assertThat(deliveries(noticeId(pi))).filteredOn(d -> d.contains(" EMAIL "))
        .containsExactlyInAnyOrder("fenggang EMAIL 1 SENT", "wangli EMAIL 1 UNCONFIRMED", "qianjun EMAIL 1 SENT",
            "chenjing EMAIL 1 SENT");
    assertThat(events.of(meeting.id())).filteredOn(e -> e.action().equals("sent-email"))
        .singleElement().satisfies(e -> assertThat(e.comment()).contains("1 人发送中断、未重发，待核实"));
    String page = RestClient.as("zhouping", port).getPage("/app/meetings/" + meeting.id() + "/notice/receipts").body();
    assertThat(page).contains("发送中断，待核实是否收到");
  }

  @Test
  void aMessageTheServerRefusedLeavesNoTraceAndGoesOutOnTheRetry() throws Exception {
    MeetingRecord meeting = meeting();
    ProcessInstance pi = start(meeting, Map.of());
    complete(pi, "zhouping", draftForm());
    managementService.executeJob(job(pi, "postNoticeInApp").getId());
    mailSender.allowance.set(0);
    String email = job(pi, "sendNoticeByEmail").getId();
    assertThatThrownBy(() -> managementService.executeJob(email)).hasMessageContaining("电子邮件发送失败");
    assertThat(deliveries(noticeId(pi))).noneMatch(d -> d.contains(" EMAIL "));
    // the office sees the failing channel, its next try, and why 核实通知到位 is not there yet
    String receipts = "/app/meetings/" + meeting.id() + "/notice/receipts";
    String failing = RestClient.as("zhouping", port).getPage(receipts).body();
    assertThat(failing).contains("电子邮件", "发送失败，正在重试", "电子邮件发送失败", "尚在等待：电子邮件")
        .containsPattern("系统内通知</td>\\s*<td>已完成");

    mailSender.allowance.set(Integer.MAX_VALUE);
    managementService.executeJob(job(pi, "sendNoticeByEmail").getId());
    assertThat(RestClient.as("zhouping", port).getPage(receipts).body())
        .contains("「核实通知到位」已在办公室待办中").doesNotContain("发送失败");
    assertThat(mailRecipients(SUBJECT)).containsExactlyInAnyOrderElementsOf(emails(PERSONS));
    assertThat(deliveries(noticeId(pi))).filteredOn(d -> d.contains(" EMAIL ")).hasSize(4)
        .allMatch(d -> d.endsWith(" 1 SENT"));
  }
}
