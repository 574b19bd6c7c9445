package cn.gov.agency.meeting.reliability;

import static cn.gov.agency.meeting.support.EngineRest.variables;

import cn.gov.agency.meeting.followup.FollowUpService;
import cn.gov.agency.meeting.opinions.OpinionService;
import cn.gov.agency.meeting.opinions.OpinionVariables;
import cn.gov.agency.meeting.followup.FollowUpVariables;
import cn.gov.agency.meeting.lifecycle.MeetingLifecycle;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.StaffDuty;
import cn.gov.agency.meeting.reliability.DeployedModels.ModelTask;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.Eventually;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleForms;
import cn.gov.agency.meeting.support.SampleMeetings;
import cn.gov.agency.meeting.venue.BookingInput;
import cn.gov.agency.meeting.venue.VenueService;
import cn.gov.agency.meeting.venue.VenueVariables;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * One open instance of every user task of every deployed process, made the way the application
 * makes them where that is cheap — 会议全流程 for two meetings (one left at 确定筹备事项, one settled
 * so that its stages wait on people), three ad-hoc applications submitted over HTTP (one waiting for
 * the leader, one approved, one returned) and this year's annual plan started by the office over
 * HTTP — and otherwise by the application itself: the task's process started before that task
 * ({@code startBeforeActivity}) for a meeting of its own, with the variables 会议全流程 hands its
 * stages and a sample value for each further variable the process names. A task that cannot be
 * opened is listed in {@link #missing()}, never skipped silently.
 */
final class HostileWorld {

  /** An open task, the model it comes from, and a person who may work it. */
  record OpenTask(ModelTask model, String taskId, String processInstanceId, String worker) {}

  /** Meeting dates of this suite: a year no other suite uses, each meeting a day of its own. */
  private static final LocalDateTime FIRST_DAY = LocalDateTime.of(2048, 3, 2, 9, 0);

  private final int port;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final ManagementService managementService;
  private final MeetingRows meetings;
  private final MeetingLifecycle lifecycle;
  private final FollowUpService followUps;
  private final OpinionService opinions;
  private final VenueService venue;
  private final Clock clock;
  private final DeployedModels models;

  private final Set<String> businessKeys = new LinkedHashSet<>();
  private final Set<String> instanceIds = new LinkedHashSet<>();
  private final Map<String, OpenTask> open = new LinkedHashMap<>();
  private final Map<String, String> missing = new LinkedHashMap<>();
  /** The model tasks opened by starting their process right before them. */
  private final List<ModelTask> startedBefore = new ArrayList<>();
  private final List<ModelTask> modelTasks;
  private final List<Long> meetingIds = new ArrayList<>();
  private final List<Long> applicationIds = new ArrayList<>();
  private int day;
  private Long planId;
  private String planInstance;
  private String annualStart = "not tried";

  HostileWorld(int port, RuntimeService runtimeService, TaskService taskService, IdentityService identityService,
      ManagementService managementService, MeetingRows meetings, MeetingLifecycle lifecycle,
      FollowUpService followUps, OpinionService opinions, VenueService venue, Clock clock, DeployedModels models) {
    this.port = port;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.managementService = managementService;
    this.meetings = meetings;
    this.lifecycle = lifecycle;
    this.followUps = followUps;
    this.opinions = opinions;
    this.venue = venue;
    this.clock = clock;
    this.models = models;
    this.modelTasks = models.userTasks();
  }

  HostileWorld open() {
    meetingLifecycles();
    adhocApplications();
    annualPlan();
    minutesAndFollowUp();
    symposiumOpinion();
    quiet();
    for (ModelTask model : modelTasks) {
      if (findOpen(model).isEmpty()) {
        startBefore(model);
      }
    }
    quiet();
    for (ModelTask model : modelTasks) {
      findOpen(model).ifPresentOrElse(task -> open.put(model.label(), task),
          () -> missing.putIfAbsent(model.label(), "no open task found after the set-up"));
    }
    return this;
  }

  int openedByStartingBefore() {
    return startedBefore.size();
  }

  List<ModelTask> modelTasks() {
    return modelTasks;
  }

  List<OpenTask> tasks() {
    return List.copyOf(open.values());
  }

  /** Model task → why it could not be opened. */
  Map<String, String> missing() {
    return missing;
  }

  /** Every process instance this world started (the ones it called are theirs). */
  Set<String> instanceIds() {
    return instanceIds;
  }

  Set<String> businessKeys() {
    return businessKeys;
  }

  List<Long> meetingIds() {
    return meetingIds;
  }

  List<Long> applicationIds() {
    return applicationIds;
  }

  String annualStart() {
    return annualStart;
  }

  /** A process instance that has ended (deleted by the system), whose history an attacker could try to erase. */
  String finishedInstance() {
    ModelTask model = startedBefore.get(0);
    MeetingRecord meeting = nextMeeting();
    String id = runtimeService.createProcessInstanceByKey(model.processKey()).businessKey(MeetingKey.of(meeting.id()))
        .setVariables(startVariables(model, meeting)).startBeforeActivity(model.taskKey()).execute().getId();
    runtimeService.deleteProcessInstance(id, "hostile suite: an ended instance", true, true);
    return id;
  }

  /** A person who may work the task: its assignee, else a member of a candidate group (administrators last). */
  String workerOf(String taskId) {
    List<IdentityLink> links = taskService.getIdentityLinksForTask(taskId);
    Optional<String> assignee = links.stream().filter(link -> IdentityLinkType.ASSIGNEE.equals(link.getType()))
        .map(IdentityLink::getUserId).findFirst();
    if (assignee.isPresent()) {
      return assignee.get();
    }
    return links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .flatMap(link -> link.getUserId() != null ? Stream.of(link.getUserId())
            : identityService.createUserQuery().memberOfGroup(link.getGroupId()).list().stream().map(User::getId))
        .distinct().min(Comparator.comparing((String user) -> groupsOf(user).contains("camunda-admin"))
            .thenComparing(Comparator.naturalOrder()))
        .orElse(null);
  }

  List<String> groupsOf(String user) {
    return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  /** Waits for the job executor to finish what earlier steps started, so that nothing moves under the attacks. */
  void quiet() {
    Eventually.until("no job due", () -> managementService.createJobQuery().executable().count(), n -> n == 0);
  }

  private MeetingRecord nextMeeting() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment", FIRST_DAY.plusDays(day++));
    meetingIds.add(meeting.id());
    businessKeys.add(MeetingKey.of(meeting.id()));
    return meeting;
  }

  /** One lifecycle left at 确定筹备事项; one settled with every need, so its stages wait on people. */
  private void meetingLifecycles() {
    instanceIds.add(lifecycle.start(nextMeeting().id()));
    String prepared = lifecycle.start(nextMeeting().id());
    instanceIds.add(prepared);
    String settle = taskService.createTaskQuery().processInstanceId(prepared).singleResult().getId();
    new AsUser(identityService).run("zhouping", () -> taskService.complete(settle, Map.of("important", true,
        "needsCatering", true, "needsAccommodation", true)));
  }

  /**
   * Tasks routed by records a bare start cannot give them: a meeting whose staffing names its recorder
   * waits at 会议记录; another's minutes are approved over HTTP, its resolution followed up (落实决议事项)
   * and, by modification of that follow-up, rectified (整改); this year's plan sends 政策法规处 back
   * (修改年度会议计划) the same way.
   */
  private void minutesAndFollowUp() {
    MeetingRecord recording = nextMeeting();
    instanceIds.add(startMinutes(recording));
    MeetingRecord followed = nextMeeting();
    String minutes = startMinutes(followed);
    RestClient hanmei = RestClient.as("hanmei", port);
    Map<String, Object> draft = Map.of("startedAt", followed.plannedStart().toString(),
        "endedAt", followed.plannedEnd().toString(), "place", "第一会议室", "content", "研究部署",
        "resolutions", List.of(Map.of("text", "制定实施方案", "department", "business",
            "deadline", followed.plannedStart().toLocalDate().plusMonths(2).toString())));
    expect(hanmei.put("/api/meetings/" + followed.id() + "/minutes/draft", draft), 200, "minutes draft");
    submitSingle(hanmei, minutes, Map.of());
    submitSingle(RestClient.as("fenggang", port), minutes, Map.of("minutesHeadDecision", "approve",
        "minutesHeadComment", "同意"));
    submitSingle(RestClient.as("qianjun", port), minutes, Map.of("minutesLeaderDecision", "approve",
        "minutesLeaderComment", "同意印发"));
    followUps.prepare(followed.id(), "system");
    Map<String, Object> stage = new HashMap<>(SampleMeetings.stageVariables(followed));
    stage.put(FollowUpVariables.RESOLUTION_INDEX, 0);
    String followUp = runtimeService.startProcessInstanceByKey(FollowUpVariables.PROCESS_KEY,
        MeetingKey.of(followed.id()), stage).getId();
    instanceIds.add(followUp);
    runtimeService.createProcessInstanceModification(followUp).startBeforeActivity("rectify").execute();
    if (planInstance != null) {
      runtimeService.createProcessInstanceModification(planInstance).startBeforeActivity("reviseDepartmentPlan")
          .setVariable("department", "policy").execute();
    }
  }

  /**
   * A symposium's minutes with one opinion approved over HTTP, so that its 意见建议办理 waits at
   * 办理意见建议, routed by the opinion row to the answering department.
   */
  private void symposiumOpinion() {
    MeetingRecord symposium = SampleMeetings.approvedMeeting(meetings, "symposium", FIRST_DAY.plusDays(day++));
    meetingIds.add(symposium.id());
    businessKeys.add(String.valueOf(symposium.id()));
    String minutes = startMinutes(symposium);
    Map<String, Object> draft = Map.of("startedAt", symposium.plannedStart().toString(),
        "endedAt", symposium.plannedEnd().toString(), "place", "第一会议室", "content", "听取意见建议",
        "opinions", List.of(Map.of("text", "简化办事材料", "raisedBy", "王丽", "unit", "政策法规处",
            "category", "服务保障", "department", "business")));
    expect(RestClient.as("hanmei", port).put("/api/meetings/" + symposium.id() + "/minutes/draft", draft), 200,
        "symposium minutes draft");
    submitSingle(RestClient.as("hanmei", port), minutes, Map.of());
    submitSingle(RestClient.as("fenggang", port), minutes, Map.of("minutesHeadDecision", "approve",
        "minutesHeadComment", "同意"));
    submitSingle(RestClient.as("qianjun", port), minutes, Map.of("minutesLeaderDecision", "approve",
        "minutesLeaderComment", "同意印发"));
    opinions.prepare(symposium.id(), "system", LocalDateTime.now(clock));
    Map<String, Object> stage = new HashMap<>(SampleMeetings.stageVariables(symposium));
    stage.put(OpinionVariables.OPINION_INDEX, 0);
    instanceIds.add(runtimeService.startProcessInstanceByKey(OpinionVariables.PROCESS_KEY,
        MeetingKey.of(symposium.id()), stage).getId());
  }

  private String startMinutes(MeetingRecord meeting) {
    meetings.nameStaff(meeting.id(), StaffDuty.RECORDER, List.of("hanmei"));
    return runtimeService.startProcessInstanceByKey("meetingMinutes", MeetingKey.of(meeting.id()),
        SampleMeetings.stageVariables(meeting)).getId();
  }

  private void submitSingle(RestClient user, String instanceId, Map<String, Object> values) {
    String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    expect(user.post("/engine-rest/task/" + taskId + "/submit-form", variables(values)), 204, "task " + taskId);
  }

  private static void expect(RestClient.Response answer, int status, String what) {
    if (answer.status() != status) {
      throw new IllegalStateException(what + ": " + answer.status() + " " + answer.body());
    }
  }

  /** 王丽's applications: one waiting for the leader, one approved (办公室备案), one returned (修改申请). */
  private void adhocApplications() {
    RestClient wangli = RestClient.as("wangli", port);
    RestClient qianjun = RestClient.as("qianjun", port);
    List<String> started = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Map<String, Object> form = new HashMap<>(SampleForms.adhocApplication());
      LocalDate date = FIRST_DAY.toLocalDate().plusMonths(6).plusDays(i);
      form.put("plannedStart", date + "T09:00");
      form.put("plannedEnd", date + "T11:00");
      RestClient.Response answer = wangli.post("/engine-rest/process-definition/key/adhocMeetingApplication/submit-form",
          variables(form));
      if (answer.status() != 200) {
        throw new IllegalStateException("ad-hoc application not submitted: " + answer.status() + " " + answer.body());
      }
      String id = answer.json().get("id").asText();
      started.add(id);
      instanceIds.add(id);
      applicationIds.add(((Number) runtimeService.getVariable(id, "applicationId")).longValue());
    }
    decide(qianjun, started.get(1), Map.of("leaderDecision", "approve"));
    decide(qianjun, started.get(2), Map.of("leaderDecision", "return", "leaderComment", "请补充会议必要性"));
  }

  private void decide(RestClient leader, String instanceId, Map<String, Object> decision) {
    String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    RestClient.Response answer = leader.post("/engine-rest/task/" + taskId + "/submit-form", variables(decision));
    if (answer.status() != 204) {
      throw new IllegalStateException("leader's decision not taken: " + answer.status() + " " + answer.body());
    }
  }

  /** This year's plan, started by the office over HTTP (next year's is AnnualPlanIT's); a year already open is kept. */
  private void annualPlan() {
    LocalDate today = LocalDate.now(clock);
    RestClient.Response answer = RestClient.as("zhouping", port).post(
        "/engine-rest/process-definition/key/annualMeetingPlan/submit-form",
        variables(Map.of("planYear", today.getYear(), "submissionDeadline", today.plusDays(30).toString())));
    if (answer.status() == 200) {
      String id = answer.json().get("id").asText();
      instanceIds.add(id);
      planId = ((Number) runtimeService.getVariable(id, "planId")).longValue();
      planInstance = id;
      annualStart = "opened " + today.getYear();
    } else if (answer.status() == 400 && answer.body().contains("不能重复发起")) {
      annualStart = "year " + today.getYear() + " already opened";
    } else {
      throw new IllegalStateException("annual plan not started: " + answer.status() + " " + answer.body());
    }
  }

  private Optional<OpenTask> findOpen(ModelTask model) {
    List<Task> candidates = new ArrayList<>(taskService.createTaskQuery().processDefinitionKey(model.processKey())
        .taskDefinitionKey(model.taskKey()).processInstanceIdIn(instanceIds.toArray(String[]::new)).list());
    candidates.addAll(taskService.createTaskQuery().processDefinitionKey(model.processKey())
        .taskDefinitionKey(model.taskKey()).processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new)).list());
    return candidates.stream().map(task -> new OpenTask(model, task.getId(), task.getProcessInstanceId(),
            workerOf(task.getId())))
        .filter(task -> task.worker() != null)
        .min(Comparator.comparing((OpenTask task) -> groupsOf(task.worker()).contains("camunda-admin")));
  }

  /** The task's process, started for a meeting of its own right before the task, as the application would. */
  private void startBefore(ModelTask model) {
    MeetingRecord meeting = nextMeeting();
    try {
      if (VenueVariables.EQUIPMENT_CHECK_PROCESS_KEY.equals(model.processKey())) {
        // 会前设备检查 comes after the booking and shows the booked room's equipment (each meeting has a day of its own).
        venue.book(meeting.id(), new BookingInput("R302", List.of("projector"), ""), "zhouping");
      }
      // A department's passing-on task exists only inside the multi-instance over the departments the
      // passing-on fixed for the meeting: started where the scope is opened, as the process does.
      String startAt = "recordPassingOn".equals(model.taskKey()) ? "openPassingOn" : model.taskKey();
      String id = runtimeService.createProcessInstanceByKey(model.processKey())
          .businessKey(MeetingKey.of(meeting.id())).setVariables(startVariables(model, meeting))
          .startBeforeActivity(startAt).execute().getId();
      instanceIds.add(id);
      startedBefore.add(model);
    } catch (RuntimeException e) {
      missing.put(model.label(), "startBeforeActivity failed: " + e.getMessage());
    }
  }

  /** What 会议全流程 hands a stage for the meeting, and a sample for each further variable the process names. */
  private Map<String, Object> startVariables(ModelTask model, MeetingRecord meeting) {
    Map<String, Object> values = new HashMap<>(SampleMeetings.stageVariables(meeting));
    for (String name : models.expressionVariables(model.processDefinitionId())) {
      if (!values.containsKey(name)) {
        sample(name, meeting).ifPresent(value -> values.put(name, value));
      }
    }
    return values;
  }

  /** A plausible value for a variable the process names, by its name; none for decisions and routing flags. */
  private Optional<Object> sample(String name, MeetingRecord meeting) {
    Object value = switch (name) {
      case "department", "hostDepartment" -> meeting.hostDepartmentCode();
      case "responsibleDepartment" -> "business";
      case "applicant" -> "wangli";
      case "recorder" -> "hanmei";
      case "planId" -> planId;
      case "planPageBase" -> planId == null ? null : "/app/plans/" + planId + "/departments/";
      default -> null;
    };
    if (value == null && (name.endsWith("At") || name.endsWith("Deadline") || name.endsWith("Start")
        || name.endsWith("End"))) {
      value = SampleMeetings.date(meeting.plannedStart().minusDays(1));
    } else if (value == null && name.endsWith("Cycle")) {
      value = "R/P7D";
    }
    return Optional.ofNullable(value);
  }
}
