package cn.gov.agency.meeting.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.engine.RejectedProcessInput;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingEvents.MeetingEvent;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.Pages;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import cn.gov.agency.meeting.validation.InvalidInputException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/** Every path of processes/meeting-materials.bpmn, started as 会议筹备 starts it, run as the demo users. */
@ProcessTest
class MaterialsProcessTest {

  @Autowired WebApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired MeetingRows meetings;
  @Autowired MeetingEvents events;
  @Autowired MaterialsService materials;

  AsUser as;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    as = new AsUser(identityService);
  }

  @Test
  void completeMaterialsGoToTheLeaderWhoApprovesThem() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings);
    ProcessInstance pi = start(meeting);
    assertThat(pi).isWaitingAt("prepareMaterials");
    assertThat(task(pi)).hasCandidateGroup("staff-policy");
    assertThat(pi).variables().containsEntry("requiredMaterials", "议程、领导讲话稿、工作报告")
        .doesNotContainKeys("materialsPageUrl", "materialsDue");
    // Due at the materials deadline: two working days before Monday 2030-03-04 (2030 counts weekends only).
    assertThat(task(pi).getDueDate()).isEqualTo(SampleMeetings.date(LocalDateTime.of(2030, 2, 28, 18, 0)));

    uploadAll(meeting, "agenda", "leader_speech", "work_report");
    complete(pi, "wangli", Map.of("materialsNote", "讲话稿已经处长审阅"));
    assertThat(pi).isWaitingAt("reviewMaterials");
    assertThat(task(pi)).hasCandidateGroup("leader-policy");
    // Four people and one guest: one copy each, no spares by default.
    assertThat(pi).variables().containsEntry("printCopies", 5L);

    complete(pi, "qianjun", Map.of("materialsDecision", "approve"));
    assertThat(pi).isEnded().hasPassed("materialsApproved");

    MaterialsOverview overview = materials.overview(meeting.id());
    assertThat(overview.status()).isEqualTo(MaterialsStatus.APPROVED);
    assertThat(overview.missing()).isEmpty();
    assertThat(overview.submissions()).singleElement().satisfies(s -> {
      assertThat(s.printCopies()).isEqualTo(5);
      assertThat(s.participantCount()).isEqualTo(5);
      assertThat(s.note()).isEqualTo("讲话稿已经处长审阅");
      assertThat(s.decision()).isEqualTo(MaterialsDecision.APPROVE);
      assertThat(s.reviewedBy()).isEqualTo("qianjun");
      assertThat(s.fileIds()).hasSize(3);
    });
    assertThat(trail(meeting)).extracting(MeetingEvent::action)
        .containsExactly("OPENED", "UPLOADED", "UPLOADED", "UPLOADED", "SUBMITTED", "APPROVED");
    assertThat(trail(meeting)).extracting(MeetingEvent::actorUserId)
        .containsExactly("system", "wangli", "wangli", "wangli", "wangli", "qianjun");
    // Approved materials are the archived version: no more uploads.
    assertThatThrownBy(() -> upload(meeting, "agenda", "议程（改）.pdf"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("已审定");
  }

  @Test
  void returnedMaterialsAreRevisedAndApprovedInTheSecondRound() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings);
    ProcessInstance pi = start(meeting);
    uploadAll(meeting, "agenda", "leader_speech", "work_report");
    long firstAgenda = latest(meeting, "agenda").id();
    complete(pi, "wangli", Map.of());

    assertThatThrownBy(() -> review(pi, "return", "  "))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("materialsComment");
    assertThat(pi).isWaitingAt("reviewMaterials");

    review(pi, "return", "工作报告请补充上半年数据");
    assertThat(pi).isWaitingAt("prepareMaterials");
    // The leader's reason is the submission's, shown on the materials page the form links to.
    assertThat(pi).variables().doesNotContainKeys("materialsReturnComment", "materialsComment");
    assertThat(new Pages(context).get("/app/meetings/" + meeting.id() + "/materials", "wangli").body())
        .contains("工作报告请补充上半年数据");
    assertThat(materials.overview(meeting.id()).status()).isEqualTo(MaterialsStatus.OPEN);

    MaterialFile revised = upload(meeting, "work_report", "工作报告（修改稿）.pdf");
    assertThat(revised.version()).isEqualTo(2);
    complete(pi, "wangli", Map.of());
    // The leader's earlier decision is not carried into the new review.
    assertThat(pi).isWaitingAt("reviewMaterials").variables().doesNotContainKey("materialsDecision");
    review(pi, "approve", null);
    assertThat(pi).isEnded().hasPassed("materialsApproved");

    List<MaterialSubmission> submissions = materials.overview(meeting.id()).submissions();
    assertThat(submissions).extracting(MaterialSubmission::round).containsExactly(2, 1);
    assertThat(submissions.get(1).decision()).isEqualTo(MaterialsDecision.RETURN);
    assertThat(submissions.get(1).reviewComment()).isEqualTo("工作报告请补充上半年数据");
    assertThat(submissions.get(0).fileIds()).contains(revised.id(), firstAgenda);
    assertThat(trail(meeting)).extracting(MeetingEvent::action).containsSubsequence(
        "SUBMITTED", "RETURNED", "UPLOADED", "SUBMITTED", "APPROVED");
    // Both versions of the report stay for the archive.
    assertThat(materials.overview(meeting.id()).kinds()).filteredOn(k -> k.code().equals("work_report"))
        .singleElement().satisfies(k -> assertThat(k.versions()).extracting(MaterialFile::version).containsExactly(2, 1));
  }

  @Test
  void completionIsRefusedWhileARequiredKindIsMissing() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings);
    ProcessInstance pi = start(meeting);
    Task task = task(pi);
    upload(meeting, "agenda", "议程.pdf");

    assertThatThrownBy(() -> complete(pi, "wangli", Map.of()))
        .isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("领导讲话稿").hasMessageContaining("工作报告").hasMessageNotContaining("议程、");
    assertThat(pi).isWaitingAt("prepareMaterials");
    assertThat(task(pi).getId()).isEqualTo(task.getId());
    MaterialsOverview overview = materials.overview(meeting.id());
    assertThat(overview.submissions()).isEmpty();
    assertThat(overview.status()).isEqualTo(MaterialsStatus.OPEN);
    assertThat(overview.missing()).containsExactly("领导讲话稿", "工作报告");

    // Only the host department's staff complete it.
    assertThatThrownBy(() -> complete(pi, "chenjing", Map.of())).isInstanceOf(AuthorizationException.class);
  }

  @Test
  void reminderAndDeadlineTimersFireAndTheTaskStays() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings);
    ProcessInstance pi = start(meeting);
    Task task = task(pi);
    Job dueSoon = timer(pi, "materialsDueSoon");
    Job deadline = timer(pi, "materialsDeadlinePassed");
    // The meeting's schedule: warned the working day before the deadline, late after 18:00 on its day.
    assertThat(dueSoon.getDuedate()).isEqualTo(SampleMeetings.date(LocalDateTime.of(2030, 2, 27, 9, 0)));
    assertThat(deadline.getDuedate()).isEqualTo(SampleMeetings.date(LocalDateTime.of(2030, 2, 28, 18, 0)));

    managementService.executeJob(dueSoon.getId());
    assertThat(pi).isWaitingAt("prepareMaterials").hasPassed("materialsReminded");
    assertThat(trail(meeting)).extracting(MeetingEvent::action).containsExactly("OPENED", "REMINDED");

    managementService.executeJob(deadline.getId());
    assertThat(pi).isWaitingAt("prepareMaterials").hasPassed("materialsLateRecorded");
    assertThat(task(pi).getId()).isEqualTo(task.getId());
    assertThat(trail(meeting)).extracting(MeetingEvent::action).containsExactly("OPENED", "REMINDED", "LATE");
    assertThat(trail(meeting)).last().satisfies(e -> {
      assertThat(e.stage()).isEqualTo("materials");
      assertThat(e.actorUserId()).isEqualTo("system");
    });
    assertThat(materials.overview(meeting.id()).late()).isTrue();
    // Recorded once: a second passing of the deadline (after a return) tells nobody again.
    assertThat(materials.markLate(meeting.id(), "system")).isEmpty();

    // Late materials can still be sent; the task goes on as usual.
    uploadAll(meeting, "agenda", "leader_speech", "work_report");
    complete(pi, "wangli", Map.of());
    assertThat(pi).isWaitingAt("reviewMaterials");
  }

  @Test
  void theDeadlineTellsTheLeadersInChargeOfTheHostDepartment() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings);
    start(meeting);
    assertThat(materials.markLate(meeting.id(), "system")).containsExactly("qianjun");
  }

  @Test
  void printQuantityIsTheParticipantCountAndTheKindsFollowTheType() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "business_seminar", LocalDateTime.of(2030, 4, 8, 9, 0));
    ProcessInstance pi = start(meeting);
    assertThat(pi).variables().containsEntry("requiredMaterials", "议程、讨论提纲");
    assertThat(materials.overview(meeting.id()).printCopies()).isEqualTo(meeting.participantCount()).isEqualTo(5);

    uploadAll(meeting, "agenda", "discussion_outline");
    complete(pi, "wangli", Map.of());
    assertThat(pi).isWaitingAt("reviewMaterials").variables().containsEntry("printCopies", 5L);
  }

  private ProcessInstance start(MeetingRecord meeting) {
    return runtimeService.startProcessInstanceByKey(MaterialsVariables.PROCESS_KEY, MeetingKey.of(meeting.id()),
        SampleMeetings.stageVariables(meeting));
  }

  private void uploadAll(MeetingRecord meeting, String... kinds) {
    for (String kind : kinds) {
      upload(meeting, kind, kind + ".pdf");
    }
  }

  private MaterialFile upload(MeetingRecord meeting, String kind, String name) {
    return materials.upload(meeting.id(), kind, name, SampleFiles.pdf(kind), "wangli");
  }

  private MaterialFile latest(MeetingRecord meeting, String kind) {
    return materials.overview(meeting.id()).kinds().stream().filter(k -> k.code().equals(kind))
        .findFirst().orElseThrow().versions().get(0);
  }

  private void review(ProcessInstance pi, String decision, String comment) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("materialsDecision", decision);
    variables.put("materialsComment", comment);
    complete(pi, "qianjun", variables);
  }

  private void complete(ProcessInstance pi, String user, Map<String, Object> variables) {
    String taskId = task(pi).getId();
    as.run(user, () -> taskService.complete(taskId, variables));
  }

  private Task task(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  private Job timer(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }

  private List<MeetingEvent> trail(MeetingRecord meeting) {
    return events.of(meeting.id()).stream().filter(e -> e.stage().equals(MaterialsService.STAGE)).toList();
  }
}
