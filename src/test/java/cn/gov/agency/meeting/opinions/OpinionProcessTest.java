package cn.gov.agency.meeting.opinions;

import cn.gov.agency.meeting.meeting.MeetingKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.archive.ArchiveWriter;
import cn.gov.agency.meeting.bulletin.BulletinChannel;
import cn.gov.agency.meeting.bulletin.BulletinDelivery;
import cn.gov.agency.meeting.bulletin.BulletinDeliveryStatus;
import cn.gov.agency.meeting.bulletin.BulletinService;
import cn.gov.agency.meeting.bulletin.MyBulletin;
import cn.gov.agency.meeting.calendar.WorkingCalendarService;
import cn.gov.agency.meeting.engine.RejectedProcessInput;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.TrailLabels;
import cn.gov.agency.meeting.minutes.MinutesService;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.MeetingDriver;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * processes/symposium-opinion.bpmn (R2 座谈会) on symposiums taken to approved minutes the real way:
 * 王丽 (政策法规处, a participant) raises one opinion for 综合业务处, 张三 (a guest) one for 政策法规处;
 * 陈静 and 王丽 answer for their departments, 周萍 (office) reviews and urges.
 */
@ProcessTest
class OpinionProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired ApplicationContext context;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired MeetingRows meetings;
  @Autowired MeetingEvents events;
  @Autowired TrailLabels labels;
  @Autowired MinutesService minutes;
  @Autowired OpinionService opinions;
  @Autowired OpinionQueries queries;
  @Autowired OpinionArchiveSection archiveSection;
  @Autowired OpinionSettings settings;
  @Autowired WorkingCalendarService calendar;
  @Autowired BulletinService bulletins;

  AsUser as;
  MeetingDriver driver;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    as = new AsUser(identityService);
    driver = new MeetingDriver(context);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void r2_symposiumOpinionGoesToOwnerDepartmentAndIsAnswered() {
    MeetingRecord meeting = symposiumWithApprovedMinutes(LocalDateTime.of(2049, 4, 6, 9, 0), "R301");
    List<SymposiumOpinion> rows = opinions.ofMeeting(meeting.id());
    assertThat(rows).extracting(SymposiumOpinion::raisedBy, SymposiumOpinion::raiserUserId,
        SymposiumOpinion::departmentCode).containsExactly(tuple("王丽", "wangli", "business"),
        tuple("张三", null, "policy"));
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    assertThat(rows.get(0).deadline()).as("the configured working days after the minutes' approval")
        .isEqualTo(calendar.workingDaysAfter(today, settings.answerWorkingDays()).date());

    ProcessInstance raisedByParticipant = instance(rows.get(0));
    assertThat(raisedByParticipant).isWaitingAt("handleOpinion");
    assertThat(task(raisedByParticipant, "handleOpinion")).hasCandidateGroup("staff-business");
    assertThat((String) taskService.getVariable(task(raisedByParticipant, "handleOpinion").getId(), "opinionPageUrl"))
        .endsWith(OpinionService.pagePath(meeting.id()));
    Map<String, Object> answer = Map.of("opinionHandling", "已梳理办事材料清单，取消三项证明",
        "opinionAnswer", "您提出的简化办事材料建议已采纳，自下月起实施");
    assertThatThrownBy(() -> complete(raisedByParticipant, "handleOpinion", "wangli", answer))
        .as("another department does not answer it").isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> complete(raisedByParticipant, "handleOpinion", "chenjing",
        Map.of("opinionHandling", "已研究")))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("答复意见（反馈提出人）（opinionAnswer）必须填写");
    complete(raisedByParticipant, "handleOpinion", "chenjing", answer);
    assertThat(task(raisedByParticipant, "reviewAnswer")).hasCandidateGroup("office");
    assertThatThrownBy(() -> complete(raisedByParticipant, "reviewAnswer", "zhouping",
        Map.of("opinionReviewDecision", "return")))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("审核意见（opinionReviewComment）必须填写");
    complete(raisedByParticipant, "reviewAnswer", "zhouping", Map.of("opinionReviewDecision", "return",
        "opinionReviewComment", "请写明实施时间"));
    assertThat(raisedByParticipant).isWaitingAt("handleOpinion");
    complete(raisedByParticipant, "handleOpinion", "chenjing", answer);
    complete(raisedByParticipant, "reviewAnswer", "zhouping", Map.of("opinionReviewDecision", "accept"));

    assertThat(raisedByParticipant).as("the feedback is its own retried step").isWaitingAt("feedBack");
    executeJobs(raisedByParticipant.getId());
    assertThat(raisedByParticipant).isEnded().hasPassed("answerAccepted", "feedBack", "opinionAnswered");
    SymposiumOpinion answered = opinions.opinion(rows.get(0).id());
    assertThat(answered.status()).isEqualTo(OpinionStatus.ANSWERED);
    assertThat(answered.statusLabel()).isEqualTo("按期答复");
    assertThat(answered.bulletinId()).isNotNull();

    String delivery = runtimeService.createProcessInstanceQuery().processDefinitionKey("bulletinDelivery")
        .processInstanceBusinessKey(MeetingKey.of(meeting.id())).singleResult().getId();
    executeJobs(delivery);
    assertThat(bulletins.deliveries(answered.bulletinId())).extracting(BulletinDelivery::personUserId,
        BulletinDelivery::channel, BulletinDelivery::status).containsExactlyInAnyOrder(
        tuple("wangli", BulletinChannel.IN_APP, BulletinDeliveryStatus.SENT),
        tuple("wangli", BulletinChannel.EMAIL, BulletinDeliveryStatus.CHANNEL_OFF));
    assertThat(bulletins.inAppOf("wangli")).filteredOn(b -> b.meetingId() == meeting.id()).singleElement()
        .satisfies(b -> assertThat(b.body()).contains("简化企业办事材料", "综合业务处", "自下月起实施"))
        .extracting(MyBulletin::headline).isEqualTo("意见建议办理结果反馈");
    assertThat(bulletins.inAppOf("chenjing")).noneMatch(b -> b.meetingId() == meeting.id());

    ProcessInstance raisedByGuest = instance(rows.get(1));
    assertThat(task(raisedByGuest, "handleOpinion")).hasCandidateGroup("staff-policy");
    complete(raisedByGuest, "handleOpinion", "wangli", Map.of("opinionHandling", "已转交窗口改进",
        "opinionAnswer", "已增设导办人员"));
    complete(raisedByGuest, "reviewAnswer", "zhouping", Map.of("opinionReviewDecision", "accept",
        "opinionReviewComment", "同意"));
    executeJobs(raisedByGuest.getId());
    assertThat(raisedByGuest).isEnded();
    assertThat(queries.trail(opinions.opinion(rows.get(1).id()))).extracting(OpinionStep::action,
        OpinionStep::actorUserId).containsExactly(tuple("OPENED", "qianjun"), tuple("ANSWER_REPORTED", "wangli"),
        tuple("ANSWER_ACCEPTED", "zhouping"), tuple("FEEDBACK_OFFLINE", "system"));

    assertThat(queries.trail(answered)).extracting(OpinionStep::actionLabel, OpinionStep::actorName).containsExactly(
        tuple("建立办理事项，交答复部门办理", "钱军"), tuple("答复部门报告办理情况和答复意见", "陈静"),
        tuple("办公室退回答复", "周萍"), tuple("答复部门报告办理情况和答复意见", "陈静"),
        tuple("办公室审核同意答复", "周萍"), tuple("向提出人反馈办理结果", "系统"));
    Map<String, List<List<String>>> archived = archive(meeting);
    assertThat(archived.get("opinions/answers.html")).hasSize(2).first().satisfies(row -> assertThat(String.join("|", row))
        .contains("简化企业办事材料", "王丽", "综合业务处", "自下月起实施", "按期答复", "系统内：已发送"));
    assertThat(events.of(meeting.id())).allSatisfy(event -> {
      assertThat(labels.stage(event.stage())).isNotEqualTo(event.stage());
      assertThat(labels.action(event.stage(), event.action())).as("%s.%s", event.stage(), event.action())
          .isNotEqualTo(event.action());
    });
  }

  @Test
  void r2_opinionDeadlineRemindsTheDepartmentAndTheOfficeUrgesOrClosesWhenOverdue() {
    MeetingRecord meeting = symposiumWithApprovedMinutes(LocalDateTime.of(2049, 4, 13, 9, 0), "R302");
    List<SymposiumOpinion> rows = opinions.ofMeeting(meeting.id());
    ProcessInstance urged = instance(rows.get(0));
    ProcessInstance closed = instance(rows.get(1));
    LocalDate deadline = rows.get(0).deadline();
    assertThat(jobDue(urged, "deadlineNear")).isEqualTo(SampleMeetings.date(calendar.workingDaysBefore(deadline,
        settings.reminderWorkingDays()).date().atTime(settings.reminderTime())));

    executeTimer(urged, "deadlineNear");
    assertThat(urged).isWaitingAt("handleOpinion").hasPassed("reminderSent");

    ClockUtil.setCurrentTime(SampleMeetings.date(deadline.plusDays(1).atTime(8, 0)));
    executeTimer(urged, "deadlinePassed");
    assertThat(urged).isWaitingAt("handleOpinion", "urgeOpinion");
    assertThat(opinions.opinion(rows.get(0).id()).overdue()).isTrue();
    assertThat(task(urged, "urgeOpinion")).hasCandidateGroup("office");
    complete(urged, "urgeOpinion", "zhouping", Map.of("opinionUrgeDecision", "urge", "opinionUrgeComment",
        "请三日内答复"));
    assertThat(urged).isWaitingAt("handleOpinion").hasPassed("urged");
    complete(urged, "handleOpinion", "chenjing", Map.of("opinionHandling", "已研究", "opinionAnswer", "已采纳"));
    complete(urged, "reviewAnswer", "zhouping", Map.of("opinionReviewDecision", "accept"));
    executeJobs(urged.getId());
    assertThat(urged).isEnded();
    assertThat(opinions.opinion(rows.get(0).id()).statusLabel()).isEqualTo("逾期答复");

    executeTimer(closed, "deadlinePassed");
    complete(closed, "urgeOpinion", "zhouping", Map.of("opinionUrgeDecision", "close",
        "opinionUrgeComment", "提出人已调离，无法联系"));
    assertThat(closed).isEnded().hasPassed("closedUnanswered");
    assertThat(opinions.opinion(rows.get(1).id()).status()).isEqualTo(OpinionStatus.CLOSED_UNANSWERED);
    assertThat(queries.trail(opinions.opinion(rows.get(1).id()))).extracting(OpinionStep::action)
        .containsExactly("OPENED", "OVERDUE", "CLOSED_UNANSWERED");
  }

  /** A symposium prepared, held and recorded the real way, its minutes with two opinions approved. */
  private MeetingRecord symposiumWithApprovedMinutes(LocalDateTime start, String room) {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "symposium", start);
    driver.startAndSettle(meeting, false, false, false);
    driver.prepareVenue(meeting, room);
    Map<String, Object> notice = MeetingDriver.noticeDraft();
    notice.put("symposiumTheme", "优化营商环境座谈");
    driver.sendNoticeAndConfirmReceipts(meeting, notice);
    driver.prepareMaterials(meeting, "agenda", "discussion_outline");
    driver.approveBudget(meeting);
    driver.assignStaff(meeting);
    driver.closeSignIn(meeting);
    Map<String, Object> draft = new HashMap<>();
    draft.put("startedAt", meeting.plannedStart().toString());
    draft.put("endedAt", meeting.plannedEnd().toString());
    draft.put("place", meeting.place());
    draft.put("content", "听取服务对象对政务服务的意见建议。");
    draft.put("opinions", List.of(
        Map.of("text", "简化企业办事材料", "raisedBy", "王丽", "unit", "政策法规处", "category", "服务保障",
            "department", "business"),
        Map.of("text", "窗口增设导办人员", "raisedBy", "张三", "unit", "市财政局", "category", "工作改进",
            "department", "policy")));
    as.run("hanmei", () -> minutes.saveDraft(meeting.id(), draft, "hanmei"));
    driver.complete(meeting, "recordMeeting", "hanmei", Map.of());
    driver.complete(meeting, "headReviewMinutes", "fenggang", Map.of("minutesHeadDecision", "approve",
        "minutesHeadComment", "同意"));
    driver.complete(meeting, "leaderApproveMinutes", "qianjun", Map.of("minutesLeaderDecision", "approve",
        "minutesLeaderComment", "同意印发"));
    return meetings.find(meeting.id()).orElseThrow();
  }

  private ProcessInstance instance(SymposiumOpinion opinion) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(
        opinions.opinion(opinion.id()).processInstanceId()).singleResult();
  }

  private Map<String, List<List<String>>> archive(MeetingRecord meeting) {
    Map<String, List<List<String>>> archived = new HashMap<>();
    archiveSection.write(meeting, new ArchiveWriter() {
      @Override
      public void html(String path, String title, String html) {}

      @Override
      public void table(String path, String title, List<String> headers, List<List<String>> rows) {
        archived.put(path, rows);
      }

      @Override
      public void file(String path, String title, byte[] content) {}
    });
    return archived;
  }

  private void executeJobs(String processInstanceId) {
    for (Job job : managementService.createJobQuery().processInstanceId(processInstanceId).executable().list()) {
      managementService.executeJob(job.getId());
    }
  }

  private void executeTimer(ProcessInstance pi, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
        .singleResult();
    managementService.executeJob(job.getId());
  }

  private java.util.Date jobDue(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult()
        .getDuedate();
  }

  private Task task(ProcessInstance pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  private void complete(ProcessInstance pi, String key, String user, Map<String, Object> variables) {
    String taskId = task(pi, key).getId();
    as.run(user, () -> taskService.complete(taskId, new HashMap<>(variables)));
  }
}
