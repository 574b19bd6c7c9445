package cn.gov.agency.meeting.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.lifecycle.MeetingLifecycle;
import cn.gov.agency.meeting.materials.MaterialsService;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.minutes.MinutesService;
import cn.gov.agency.meeting.passon.PassOnService;
import cn.gov.agency.meeting.reimbursement.ReimbursementService;
import cn.gov.agency.meeting.notice.ConfirmationMethod;
import cn.gov.agency.meeting.notice.NoticeRecipient;
import cn.gov.agency.meeting.notice.NoticeService;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

/**
 * Drives one meeting (of {@link SampleMeetings}) through its lifecycle in a process test: every task
 * found by its key across the meeting's process tree and completed as the demo user whose role it is,
 * with valid input, so tests of later stages start from a meeting prepared the real way.
 */
public final class MeetingDriver {

  /** The person participants of the sample meeting. */
  public static final List<String> PEOPLE = List.of("fenggang", "wangli", "qianjun", "chenjing");

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final MeetingLifecycle lifecycle;
  private final MaterialsService materials;
  private final NoticeService notices;
  private final MinutesService minutes;
  private final ReimbursementService reimbursements;
  private final PassOnService passOns;
  private final AsUser as;

  public MeetingDriver(ApplicationContext context) {
    ProcessEngine engine = context.getBean(ProcessEngine.class);
    this.runtimeService = engine.getRuntimeService();
    this.taskService = engine.getTaskService();
    this.managementService = engine.getManagementService();
    this.lifecycle = context.getBean(MeetingLifecycle.class);
    this.materials = context.getBean(MaterialsService.class);
    this.notices = context.getBean(NoticeService.class);
    this.minutes = context.getBean(MinutesService.class);
    this.reimbursements = context.getBean(ReimbursementService.class);
    this.passOns = context.getBean(PassOnService.class);
    this.as = new AsUser(engine.getIdentityService());
  }

  /** Starts the lifecycle and settles the preparation as the office; returns the lifecycle instance. */
  public ProcessInstance startAndSettle(MeetingRecord meeting, boolean important, boolean catering,
      boolean accommodation) {
    String id = lifecycle.start(meeting.id());
    Map<String, Object> needs = new HashMap<>();
    needs.put("important", important);
    needs.put("needsCatering", catering);
    needs.put("needsAccommodation", accommodation);
    complete(meeting, "settlePreparation", "zhouping", needs);
    return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  /** The whole preparation of a meeting settled without catering or accommodation. */
  public void prepare(MeetingRecord meeting, String room) {
    prepareVenue(meeting, room);
    sendNoticeAndConfirmReceipts(meeting, noticeDraft());
    prepareMaterials(meeting, "agenda", "leader_speech", "work_report");
    approveBudget(meeting);
  }

  public void prepareVenue(MeetingRecord meeting, String room) {
    complete(meeting, "bookVenue", "zhouping", Map.of("roomCode", room, "requiredEquipment", "[\"projector\"]",
        "setupNotes", "主席台摆放桌签"));
    openEquipmentCheck(meeting);
    complete(meeting, "checkEquipment", "liming", Map.of("equipmentResponsible", "zhouping",
        "workingEquipment", "[\"projector\"]", "equipmentRemarks", "投影仪已调试"));
  }

  /** Fires 会前设备检查's timer, as the job executor does when the lead time before the meeting is reached. */
  public void openEquipmentCheck(MeetingRecord meeting) {
    managementService.executeJob(managementService.createJobQuery()
        .processInstanceId(instanceOf(meeting, "meetingEquipmentCheck")).timers().singleResult().getId());
  }

  public void sendNoticeAndConfirmReceipts(MeetingRecord meeting, Map<String, Object> draft) {
    complete(meeting, "draftNotice", "zhouping", draft);
    for (Job job : managementService.createJobQuery().processInstanceId(instanceOf(meeting, "meetingNotice"))
        .executable().list()) {
      managementService.executeJob(job.getId());
    }
    for (String person : PEOPLE) {
      as.run(person, () -> notices.confirmOwn(notices.recipientOf(meeting.id(), person), person,
          ConfirmationMethod.IN_APP));
    }
    NoticeRecipient guest = notices.recipients(notices.current(meeting.id()).id()).stream()
        .filter(NoticeRecipient::isGuest).findFirst().orElseThrow();
    notices.confirmOnBehalf(meeting.id(), guest.key(), "PHONE", "已电话通知本人", "zhouping");
    complete(meeting, "trackReceipts", "zhouping", Map.of());
  }

  public static Map<String, Object> noticeDraft() {
    Map<String, Object> draft = new HashMap<>();
    draft.put("noticeRequirements", "请提前十分钟到场签到");
    draft.put("noticePreparations", "请准备本部门任务分解表");
    // Only read when the notice is late (a meeting held soon): 特殊情况.
    draft.put("lateReason", "上级临时部署");
    return draft;
  }

  public void prepareMaterials(MeetingRecord meeting, String... kinds) {
    for (String kind : kinds) {
      materials.upload(meeting.id(), kind, kind + ".txt", ("材料：" + kind).getBytes(StandardCharsets.UTF_8),
          "wangli");
    }
    complete(meeting, "prepareMaterials", "wangli", Map.of());
    complete(meeting, "reviewMaterials", "qianjun", Map.of("materialsDecision", "approve"));
  }

  public void approveBudget(MeetingRecord meeting) {
    approveBudget(meeting, 0, 0);
  }

  /**
   * 经费预算 approved with the given 餐费 and 住宿费 (catering and accommodation are held to them, R6.1);
   * far from the sample meetings' estimate, so it says why.
   */
  public void approveBudget(MeetingRecord meeting, Number meals, Number accommodation) {
    complete(meeting, "draftBudget", "wangli", Map.of("venueRental", 0, "equipmentRental", 0, "printing", 120.5,
        "meals", meals, "accommodation", accommodation, "transport", 300, "other", 0, "budgetExplanation", "按标准编制",
        "estimateDifferenceReason", "会场由机关提供"));
    complete(meeting, "leaderBudgetReview", "qianjun", Map.of("budgetLeaderDecision", "approve"));
    complete(meeting, "financeBudgetReview", "wuhua", Map.of("budgetFinanceDecision", "approve"));
  }

  /** 会务分工与安全检查 as the office, naming 韩梅 the recorder. */
  public void assignStaff(MeetingRecord meeting) {
    Map<String, Object> staffing = new HashMap<>();
    staffing.put("recorderName", "hanmei");
    staffing.put("ushers", "周萍");
    staffing.put("serviceStaff", "zhouping");
    staffing.put("signInStaff", "zhouping");
    staffing.put("venueChecked", true);
    staffing.put("emergencyPlan", "发生火情时按疏散路线撤离，拨打 119");
    staffing.put("responsibilities", "周萍负责疏散引导，李明负责联络");
    complete(meeting, "assignMeetingStaff", "zhouping", staffing);
  }

  /** The sign-in window closes: the timer of 会议签到 fires (attendance is written, the meeting is HELD). */
  public void closeSignIn(MeetingRecord meeting) {
    Job timer = managementService.createJobQuery().processInstanceId(instanceOf(meeting, "meetingSignIn"))
        .timers().singleResult();
    managementService.executeJob(timer.getId());
  }

  /** Work-deployment minutes with one resolution, drafted by the recorder, reviewed and approved. */
  public void approveMinutes(MeetingRecord meeting, String department, String deadline) {
    Map<String, Object> draft = new HashMap<>();
    draft.put("startedAt", meeting.plannedStart().toString());
    draft.put("endedAt", meeting.plannedEnd().toString());
    draft.put("place", meeting.place());
    draft.put("content", "传达上级精神，研究部署下一阶段工作。");
    draft.put("resolutions", List.of(Map.of("text", "制定政策解读工作方案", "department", department,
        "deadline", deadline)));
    as.run("hanmei", () -> minutes.saveDraft(meeting.id(), draft, "hanmei"));
    complete(meeting, "recordMeeting", "hanmei", Map.of());
    complete(meeting, "headReviewMinutes", "fenggang", Map.of("minutesHeadDecision", "approve",
        "minutesHeadComment", "同意"));
    complete(meeting, "leaderApproveMinutes", "qianjun", Map.of("minutesLeaderDecision", "approve",
        "minutesLeaderComment", "同意印发"));
  }

  /**
   * 会后工作 before the money: the minutes are distributed (its sending jobs run), every resolution
   * is reported done by its department and accepted by the office, and each department concerned
   * records itself how it passed the meeting on (R7.2) — today, so the meeting must have been held —
   * and closes its own task.
   */
  public void distributeFollowUpAndPassOn(MeetingRecord meeting) {
    distributeMinutes(meeting);
    followUpAndPassOn(meeting);
  }

  /** 纪要印发: the sending jobs of the distribution run; the minutes are issued. */
  public void distributeMinutes(MeetingRecord meeting) {
    for (Job job : managementService.createJobQuery().processInstanceId(instanceOf(meeting, "minutesDistribution"))
        .executable().list()) {
      managementService.executeJob(job.getId());
    }
  }

  /** Every resolution reported done and accepted; the passing-on recorded for every department. */
  public void followUpAndPassOn(MeetingRecord meeting) {
    followUp(meeting);
    passOn(meeting);
  }

  /** Every resolution is reported done by its department and accepted by the office. */
  public void followUp(MeetingRecord meeting) {
    while (openTasks(meeting).containsKey("carryOutResolution")) {
      Task carryOut = openTasks(meeting).get("carryOutResolution");
      String department = taskService.getIdentityLinksForTask(carryOut.getId()).stream()
          .filter(link -> link.getGroupId() != null).findFirst().orElseThrow().getGroupId().substring("staff-".length());
      String reporter = department.equals("business") ? "chenjing" : "wangli";
      Map<String, Object> completed = Map.of("followUpReportKind", "completed", "followUpReportText", "已落实",
          "followUpEvidence", "落实情况报告");
      as.run(reporter, () -> taskService.complete(carryOut.getId(), completed));
      complete(meeting, "checkCompletion", "zhouping", Map.of("followUpCompletionDecision", "accept"));
    }
  }

  /** The host department records how each department concerned passed the meeting on, today. */
  public void passOn(MeetingRecord meeting) {
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    for (var department : passOns.status(meeting.id()).departments()) {
      String staff = DEPARTMENT_STAFF.get(department.departmentCode());
      as.run(staff, () -> passOns.record(meeting.id(), Map.of("department", department.departmentCode(),
          "method", "GROUP_STUDY", "heldOn", today, "participants", "全体人员", "participantCount", 5), staff));
    }
    for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(MeetingKey.of(meeting.id()))
        .taskDefinitionKey("recordPassingOn").list()) {
      String group = taskService.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> link.getGroupId() != null).findFirst().orElseThrow().getGroupId();
      as.run(DEPARTMENT_STAFF.get(group.substring("staff-".length())), () -> taskService.complete(task.getId()));
    }
  }

  /** A member of each department's staff group in the demo organisation, who records for that department. */
  public static final Map<String, String> DEPARTMENT_STAFF = Map.of("office", "zhouping", "policy", "wangli",
      "business", "chenjing", "technology", "weilan", "finance", "zhengyan", "audit", "heqing");

  /**
   * 经费报销 within the approved budget: one printing item of 100.50 with its invoice, accepted by
   * finance; then the host department confirms the archive.
   */
  public void reimburseAndArchive(MeetingRecord meeting) {
    reimburse(meeting);
    confirmArchive(meeting);
  }

  /** 确认归档 by the host department. */
  public void confirmArchive(MeetingRecord meeting) {
    complete(meeting, "confirmArchive", "wangli", Map.of("archiveConfirmed", true));
  }

  /** 经费报销: one printing item of 100.50 with its invoice, filed and accepted by finance. */
  public void reimburse(MeetingRecord meeting) {
    var item = as.call("wangli", () -> reimbursements.addItem(meeting.id(),
        Map.of("line", "printing", "amount", 100.5, "description", "会议材料印刷"), "wangli"));
    as.run("wangli", () -> reimbursements.uploadInvoice(meeting.id(), item.id(), "印刷费发票.pdf",
        "%PDF-1.7\n% 发票\n%%EOF\n".getBytes(StandardCharsets.UTF_8), "wangli"));
    complete(meeting, "fileClaim", "wangli", Map.of());
    as.run("wuhua", () -> reimbursements.reviewItem(meeting.id(), item.id(), Map.of("decision", "accept"), "wuhua"));
    complete(meeting, "financeReviewClaim", "wuhua", Map.of("claimFinanceDecision", "accept"));
  }

  /** Open tasks of the meeting's whole process tree, by task definition key. */
  public Map<String, Task> openTasks(MeetingRecord meeting) {
    Map<String, Task> tasks = new HashMap<>();
    taskService.createTaskQuery().processInstanceBusinessKey(MeetingKey.of(meeting.id())).list()
        .forEach(task -> tasks.put(task.getTaskDefinitionKey(), task));
    return tasks;
  }

  public String candidateGroup(MeetingRecord meeting, String taskKey) {
    return taskService.getIdentityLinksForTask(openTasks(meeting).get(taskKey).getId()).stream()
        .filter(link -> link.getGroupId() != null).findFirst().orElseThrow().getGroupId();
  }

  public String instanceOf(MeetingRecord meeting, String processKey) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(MeetingKey.of(meeting.id())).singleResult().getId();
  }

  public void complete(MeetingRecord meeting, String taskKey, String user, Map<String, Object> variables) {
    Task task = openTasks(meeting).get(taskKey);
    assertThat(task).as("open task %s", taskKey).isNotNull();
    as.run(user, () -> taskService.complete(task.getId(), variables));
  }
}
