package cn.gov.agency.meeting.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.process.EngineParticulars;
import cn.gov.agency.meeting.support.MeetingDriver;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import cn.gov.agency.meeting.support.SecuredMvc;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The engine's copies of a meeting's title and host department (process variables handed to every
 * stage, the inbox columns 会议名称 and 主办部门 on tasks) once the office marks the meeting
 * confidential while settling its preparation (R5.2): running instances and open tasks — also of a
 * leave request asked for before — are rewritten at that moment, tasks and instances created later
 * start neutral, history stays as it was; a meeting not marked keeps its title everywhere.
 */
@ProcessTest
class ConfidentialEngineCopiesTest {

  private static final String TITLE = "政策解读部署会";
  private static final String DEPARTMENT = "政策法规处";

  @Autowired MeetingRows meetings;
  @Autowired MeetingLifecycle lifecycle;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired EngineParticulars particulars;
  @Autowired ApplicationContext context;
  @Autowired WebApplicationContext web;

  private MeetingDriver driver;
  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    driver = new MeetingDriver(context);
    mvc = SecuredMvc.of(web);
  }

  @Test
  void markedConfidentialWhileItsStagesRunEveryCopyOnTheEngineTurnsNeutralAndLaterOnesStartSo() throws Exception {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2047, 6, 12, 9, 0));
    lifecycle.start(meeting.id());
    askForLeave(meeting, "chenjing", "jiangtao");
    Task leaveTask = openTask(meeting, "decideLeave");
    assertThat(taskService.getVariableLocal(leaveTask.getId(), "inboxMeetingTitle")).isEqualTo(TITLE);

    settle(meeting, true);

    List<ProcessInstance> running = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(MeetingKey.of(meeting.id())).list();
    assertThat(running).extracting(ProcessInstance::getProcessDefinitionId)
        .anySatisfy(id -> assertThat(id).startsWith("leaveRequest:"))
        .anySatisfy(id -> assertThat(id).startsWith("meetingVenue:"))
        .anySatisfy(id -> assertThat(id).startsWith("meetingLifecycle:"));
    for (ProcessInstance instance : running) {
      Map<String, Object> held = runtimeService.getVariables(instance.getId(), EngineParticulars.NAMES);
      assertThat(held).as("instance %s", instance.getProcessDefinitionId())
          .containsEntry("meetingTitle", "涉密会议").containsEntry("hostDepartmentName", "（不公开）");
      assertThat(held.get("hostDepartment")).isIn(null, "（不公开）");
    }
    assertNoRuntimeCopyNamesIt(meeting);
    assertThat(taskService.getVariableLocal(leaveTask.getId(), "inboxMeetingTitle"))
        .as("a task open before, of a process started before").isEqualTo("涉密会议");
    for (String stage : List.of("bookVenue", "prepareMaterials", "draftBudget")) {
      Task task = openTask(meeting, stage);
      assertThat(taskService.getVariablesLocal(task.getId())).as(stage)
          .containsEntry("inboxMeetingTitle", "涉密会议").containsEntry("inboxHostDepartmentName", "（不公开）");
    }

    // Later: a task the venue stage creates next, and a leave request's new process and task.
    driver.complete(meeting, "bookVenue", "zhouping", Map.of("roomCode", "R501", "requiredEquipment", "[]",
        "setupNotes", "常规布置"));
    driver.openEquipmentCheck(meeting);
    assertThat(taskService.getVariableLocal(openTask(meeting, "checkEquipment").getId(), "inboxMeetingTitle"))
        .isEqualTo("涉密会议");
    driver.complete(meeting, "checkEquipment", "liming", Map.of("equipmentResponsible", "zhouping",
        "workingEquipment", "[]"));
    assertThat(taskService.getVariablesLocal(openTask(meeting, "draftNotice").getId()))
        .as("the notice stage, called after the venue").containsEntry("inboxMeetingTitle", "涉密会议")
        .containsEntry("inboxHostDepartmentName", "（不公开）");
    askForLeave(meeting, "fenggang", "weilan");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(MeetingKey.of(meeting.id()))
        .taskDefinitionKey("decideLeave").list()).hasSize(2)
        .allSatisfy(task -> assertThat(taskService.getVariableLocal(task.getId(), "inboxMeetingTitle"))
            .isEqualTo("涉密会议"));
    assertNoRuntimeCopyNamesIt(meeting);

    // History is left as it was: the settled task's copy is the auditors' record (READ_HISTORY only).
    HistoricTaskInstance settled = historyService.createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(MeetingKey.of(meeting.id())).taskDefinitionKey("settlePreparation")
        .singleResult();
    assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(settled.getId())
        .variableName("inboxMeetingTitle").singleResult().getValue()).isEqualTo(TITLE);
  }

  @Test
  void aMeetingNotMarkedConfidentialKeepsItsTitleOnEveryTaskAndVariable() throws Exception {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2047, 6, 19, 9, 0));
    lifecycle.start(meeting.id());
    askForLeave(meeting, "chenjing", "jiangtao");

    settle(meeting, false);

    assertThat(taskService.getVariablesLocal(openTask(meeting, "bookVenue").getId()))
        .containsEntry("inboxMeetingTitle", TITLE).containsEntry("inboxHostDepartmentName", DEPARTMENT);
    assertThat(taskService.getVariableLocal(openTask(meeting, "decideLeave").getId(), "inboxMeetingTitle"))
        .isEqualTo(TITLE);
    assertThat(runtimeService.getVariable(driver.instanceOf(meeting, "meetingLifecycle"), "meetingTitle"))
        .isEqualTo(TITLE);
    assertThat(runtimeService.getVariable(driver.instanceOf(meeting, "meetingVenue"), "hostDepartment"))
        .isEqualTo("policy");
  }

  @Test
  void theInboxGuardHidesOnlyTheParticularsOfAConfidentialMeetingsProcesses() {
    MeetingRecord secret = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2047, 6, 26, 9, 0));
    meetings.updateConfidential(secret.id(), true);
    MeetingRecord open = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(2047, 6, 27, 9, 0));
    String key = String.valueOf(secret.id());

    assertThat(particulars.shown(key, "meetingTitle", TITLE)).isEqualTo("涉密会议");
    assertThat(particulars.shown(key, "hostDepartmentName", DEPARTMENT)).isEqualTo("（不公开）");
    assertThat(particulars.shown(key, "applicantName", "王丽")).isEqualTo("王丽");
    assertThat(particulars.shown(String.valueOf(open.id()), "meetingTitle", TITLE)).isEqualTo(TITLE);
    assertThat(particulars.shown("plan-2047", "meetingTitle", "2047年度会议计划")).isEqualTo("2047年度会议计划");
    assertThat(particulars.shown(null, "meetingTitle", TITLE)).isEqualTo(TITLE);
  }

  /** No variable of any running instance of the meeting, nor any task's copy, names it or its host. */
  private void assertNoRuntimeCopyNamesIt(MeetingRecord meeting) {
    String[] ids = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(MeetingKey.of(meeting.id()))
        .list().stream().map(ProcessInstance::getId).toArray(String[]::new);
    List<VariableInstance> variables = runtimeService.createVariableInstanceQuery().processInstanceIdIn(ids).list();
    assertThat(variables).isNotEmpty().allSatisfy(v -> assertThat(String.valueOf(v.getValue()))
        .as("%s of %s", v.getName(), v.getProcessInstanceId()).doesNotContain(TITLE, DEPARTMENT));
  }

  private void settle(MeetingRecord meeting, boolean confidential) {
    Map<String, Object> needs = new HashMap<>();
    needs.put("important", false);
    needs.put("needsCatering", false);
    needs.put("needsAccommodation", false);
    needs.put("confidential", confidential);
    driver.complete(meeting, "settlePreparation", "zhouping", needs);
  }

  /** The sample meeting's type needs a substitute (代会). */
  private void askForLeave(MeetingRecord meeting, String user, String substitute) throws Exception {
    mvc.perform(post("/api/meetings/" + meeting.id() + "/leave-requests")
            .header(HttpHeaders.AUTHORIZATION, "Basic "
                + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"同日赴省厅参加培训\", \"substituteUserId\": \"" + substitute + "\"}"))
        .andExpect(status().isCreated());
  }

  private Task openTask(MeetingRecord meeting, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(MeetingKey.of(meeting.id()))
        .taskDefinitionKey(key).list().get(0);
  }
}
