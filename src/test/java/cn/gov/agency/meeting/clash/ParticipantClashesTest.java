package cn.gov.agency.meeting.clash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.gov.agency.meeting.adhoc.AdhocVariables;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.meeting.NewMeeting;
import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.Pages;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleForms;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/**
 * 参会人员冲突提醒 against the real tables (H2) and the demo organisation: on 2045-04-03, 季度工作例会
 * (钱军, 冯刚, 王丽) 09:00–11:30, a confidential 科技专项研究会 of 科技信息处 (赵强, 卫兰) 10:00–11:00,
 * a cancelled meeting (蒋涛) 09:30–10:30 and 褚伟's meeting at 11:30. Its own day: the H2 database is shared.
 */
@ProcessTest
@TestInstance(Lifecycle.PER_CLASS)
class ParticipantClashesTest {

  private static final LocalDateTime DAY = LocalDateTime.of(2045, 4, 3, 0, 0);

  @Autowired ParticipantClashes clashes;
  @Autowired MeetingRows meetings;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired WebApplicationContext context;

  MeetingRecord routine;

  @BeforeAll
  void meetings() {
    routine = meeting("季度工作例会", "policy", 9, 0, 11, 30, "qianjun", "fenggang", "wangli");
    MeetingRecord secret = meeting("科技专项研究会", "technology", 10, 0, 11, 0, "zhaoqiang", "weilan");
    meetings.updateConfidential(secret.id(), true);
    MeetingRecord cancelled = meeting("已取消的协调会", "business", 9, 30, 10, 30, "jiangtao");
    meetings.updateStatus(cancelled.id(), MeetingStatus.APPROVED, MeetingStatus.CANCELLED);
    meeting("午间碰头会", "business", 11, 30, 12, 0, "chuwei");
  }

  @Test
  void leadersComeFirstAndAConfidentialTitleIsHiddenFromWhoeverIsNotEntitled() {
    List<ParticipantClash> answer = clashes.clashes(at(10, 0), at(11, 30),
        List.of("wangli", "zhaoqiang", "qianjun", "jiangtao", "chuwei", "fenggang", "heqing"), null, "wangli");

    assertThat(answer).extracting(ParticipantClash::userId, ParticipantClash::name, ParticipantClash::leader)
        .containsExactly(tuple("zhaoqiang", "赵强", true), tuple("qianjun", "钱军", true),
            tuple("fenggang", "冯刚", false), tuple("wangli", "王丽", false));
    assertThat(answer.get(0).meetings()).singleElement().satisfies(m -> {
      assertThat(m.title()).isEqualTo("占用");
      assertThat(m.hidden()).isTrue();
      assertThat(m.meetingId()).isNull();
      assertThat(m.start()).isEqualTo(at(10, 0));
    });
    assertThat(answer.get(1).meetings()).extracting(OverlappingMeeting::meetingId, OverlappingMeeting::title)
        .containsExactly(tuple(routine.id(), "季度工作例会"));
    assertThat(answer.get(1).describe()).isEqualTo("钱军（领导）：2045-04-03 09:00—11:30 季度工作例会");
  }

  @Test
  void theOfficeIsEntitledAndSeesTheConfidentialTitle() {
    assertThat(clashes.clashes(at(10, 0), at(11, 30), List.of("zhaoqiang"), null, "zhouping"))
        .singleElement().satisfies(c -> assertThat(c.meetings()).extracting(OverlappingMeeting::title)
            .containsExactly("科技专项研究会"));
  }

  @Test
  void theMeetingAskedAboutBackToBackAndCancelledMeetingsDoNotClash() {
    assertThat(clashes.clashes(at(10, 0), at(11, 30), List.of("qianjun", "wangli", "zhaoqiang"), routine.id(),
        "zhouping")).extracting(ParticipantClash::userId).containsExactly("zhaoqiang");
    assertThat(clashes.clashes(at(11, 0), at(11, 30), List.of("chuwei", "jiangtao", "zhaoqiang"), null, "zhouping"))
        .isEmpty();
    assertThat(clashes.clashes(at(9, 0), at(9, 45), List.of("jiangtao"), null, "zhouping")).isEmpty();
  }

  @Test
  void theLeaderApprovingAnApplicationReadsTheClashesOnTheApplicationsPageNotInTheEngine() {
    Map<String, Object> form = SampleForms.adhocApplication();
    form.put("plannedStart", "2045-04-03T10:15");
    form.put("plannedEnd", "2045-04-03T11:15");
    form.put("participants", "冯刚、qianjun、zhaoqiang、chuwei");
    ProcessInstance pi = new AsUser(identityService).call("wangli",
        () -> runtimeService.startProcessInstanceByKey(AdhocVariables.PROCESS_KEY, form));
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("leaderApproval")
        .singleResult();
    Object applicationId = runtimeService.getVariable(pi.getId(), AdhocVariables.APPLICATION_ID);

    // The names of who clashes (the application's participants) stay out of the engine and its history.
    assertThat(taskService.getVariables(task.getId())).doesNotContainKey("participantClashes");
    Pages.Page page = new Pages(context).get("/app/adhoc-applications/" + applicationId, "qianjun");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("参会人员冲突", "赵强（领导）：2045-04-03 10:00—11:00 占用",
        "钱军（领导）：2045-04-03 09:00—11:30 季度工作例会", "冯刚：2045-04-03 09:00—11:30 季度工作例会")
        .doesNotContain("科技专项研究会");
  }

  private MeetingRecord meeting(String title, String department, int h1, int m1, int h2, int m2, String... people) {
    return meetings.insertFiled(new NewMeeting("ADHOC", "work_deployment", title, department, at(h1, m1), at(h2, m2),
        "待定", "议题", BigDecimal.ZERO, Arrays.stream(people).map(Participant::person).toList(), "zhouping"),
        LocalDateTime.of(2045, 1, 5, 9, 0));
  }

  private static LocalDateTime at(int hour, int minute) {
    return DAY.withHour(hour).withMinute(minute);
  }
}
