package cn.gov.agency.meeting.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.notice.NoticeVariables;
import cn.gov.agency.meeting.support.Pages;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/**
 * The meeting's page says where each stage stands — not started, running with the open step, who
 * has it and by when, done — and 会议通知 before the office drafted it says so instead of 页面不存在.
 */
@ProcessTest
class MeetingStagesPageTest {

  @Autowired WebApplicationContext context;
  @Autowired MeetingRows meetings;
  @Autowired RuntimeService runtimeService;

  @Test
  void eachStageShowsItsStateTheOpenStepWhoHasItAndItsDeadline() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2031, 5, 6, 9, 0));
    runtimeService.startProcessInstanceByKey(NoticeVariables.PROCESS_KEY, MeetingKey.of(meeting.id()),
        SampleMeetings.stageVariables(meeting));
    Pages pages = new Pages(context);

    String page = pages.get("/app/meetings/" + meeting.id(), "zhouping").body();
    assertThat(page).containsPattern("会议通知</a></td>\\s*<td rowspan=\"1\" class=\"status\">进行中")
        .contains("起草会议通知", "办公室（待认领）")
        .containsPattern("<td rowspan=\"1\">会议场地</td>\\s*<td rowspan=\"1\" class=\"status\">未开始")
        .doesNotContain("会议用餐</a>");

    Pages.Page notice = pages.get("/app/meetings/" + meeting.id() + "/notice", "zhouping");
    assertThat(notice.status()).isEqualTo(200);
    assertThat(notice.body()).contains("会议通知尚未起草").doesNotContain("页面不存在");
    assertThat(notice.body()).contains("href=\"/app/meetings/" + meeting.id() + "\">政策解读部署会</a>");
  }
}
