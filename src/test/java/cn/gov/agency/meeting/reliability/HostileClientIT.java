package cn.gov.agency.meeting.reliability;

import static cn.gov.agency.meeting.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.gov.agency.meeting.contract.FormContract;
import cn.gov.agency.meeting.followup.FollowUpService;
import cn.gov.agency.meeting.opinions.OpinionService;
import cn.gov.agency.meeting.lifecycle.MeetingLifecycle;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.reliability.EngineWriteProbes.Probe;
import cn.gov.agency.meeting.reliability.EngineWriteProbes.Targets;
import cn.gov.agency.meeting.reliability.HostileWorld.OpenTask;
import cn.gov.agency.meeting.reliability.TaskAttacks.Attack;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleForms;
import cn.gov.agency.meeting.venue.VenueService;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;


/**
 * The hostile client of issue 22, over HTTP, generated from what is deployed so that a new task or
 * process is covered without a test of its own:
 * <ul>
 * <li>every user task of every latest process definition (from its BPMN) is opened and attacked by a
 *     person who may work it, through {@code /engine-rest} complete and submit-form and through the
 *     webapps' engine API with a session and CSRF token, with the variables its process names in
 *     expressions, the record identities it could reach and one of its form's read-only fields
 *     ({@link TaskAttacks}, from the BPMN, the task's Camunda Form and its variables);</li>
 * <li>every process definition × every role is started through {@code /engine-rest};</li>
 * <li>every {@code /engine-rest} write ({@link EngineWriteProbes}) × every role, against a task the
 *     person may work and one they may not;</li>
 * <li>wrong passwords from one source address delay that address, never the real user.</li>
 * </ul>
 * Each refusal must be a 4xx that changes nothing ({@link EngineState}, the task, its process tree's
 * variables); every wrongly accepted attack is collected and listed before the test fails.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileClientIT {

  /** One demo user per role (README), as AuthorizationMatrixIT; liming is the office's head. */
  private static final Map<String, String> ROLES = rolesByUser();
  private static final String ADHOC = "adhocMeetingApplication";
  private static final String ANNUAL = "annualMeetingPlan";
  private static final HardeningFigures FIGURES = new HardeningFigures("hostile").put("attacks", 0L)
      .put("accepted-wrongly", 0L).put("changed", 0L).put("server-errors", 0L).put("wrongly-refused", 0L)
      .put("real-user-held-back", 0L).put("source-address-unseen", 0L)
      .put("tasks-covered", 0L).put("tasks-in-models", 0L).put("processes", 0L).put("roles", (long) ROLES.size())
      .put("endpoints", 0L).put("attacks-complete", 0L).put("attacks-submit-form", 0L)
      .put("attacks-webapp-submit-form", 0L).put("start-attempts", 0L).put("endpoint-requests", 0L)
      .put("login-attempts", 0L);

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired MeetingRows meetings;
  @Autowired MeetingLifecycle lifecycle;
  @Autowired FollowUpService followUps;
  @Autowired OpinionService opinions;
  @Autowired VenueService venue;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired FilterService filterService;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  private HostileWorld world;
  private DeployedModels models;
  private EngineState state;
  private final Map<String, Set<String>> processVariables = new HashMap<>();
  private final Map<String, WebappSession> sessions = new HashMap<>();
  private final Map<String, RestClient> clients = new HashMap<>();
  private final Map<String, List<String>> groups = new HashMap<>();
  private final List<String> cleanUp = new ArrayList<>();
  private int adhocDays;

  // ---------------------------------------------------------------- 1 + 2: every task, three doors

  @Test
  @Order(1)
  void everyTaskRefusesWhatItsFormDoesNotDeclareThroughEveryDoor() {
    HostileWorld world = world();
    List<String> wrong = new ArrayList<>();
    world.missing().forEach((task, why) -> wrong.add("task not covered: " + task + " — " + why));
    TaskAttacks generator = new TaskAttacks(world.meetingIds(), world.applicationIds());
    for (OpenTask task : world.tasks()) {
      FormContract form = formOf(task.taskId());
      Map<String, Object> honest = TaskAttacks.honest(form);
      List<Attack> attacks = generator.on(form, variablesOf(task.model().processDefinitionId()),
          currentValues(task.taskId()), attackingGroup(task.worker()));
      RestClient rest = client(task.worker());
      WebappSession webapp = session(task.worker());
      attackThrough(task, attacks, honest, "complete",
          body -> rest.post("/engine-rest/task/" + task.taskId() + "/complete", body), wrong);
      attackThrough(task, attacks, honest, "submit-form",
          body -> rest.post("/engine-rest/task/" + task.taskId() + "/submit-form", body), wrong);
      attackThrough(task, attacks, honest, "webapp-submit-form",
          body -> webapp.post(WebappSession.ENGINE_API + "/task/" + task.taskId() + "/submit-form", body), wrong);
    }
    int total = world.modelTasks().size();
    long processes = world.modelTasks().stream().map(t -> t.processKey()).distinct().count();
    FIGURES.put("tasks-in-models", (long) total).put("tasks-covered", (long) world.tasks().size());
    System.out.println("HOSTILE coverage: " + world.tasks().size() + " of " + total + " user tasks (of " + processes
        + " processes) opened and attacked through 3 doors");
    assertThat(wrong).as("task doors: attacks accepted, changes made, tasks not covered").isEmpty();
  }

  /**
   * The task's attacks through one door: each must be a 400 naming its variable; after them all the
   * task is still open with its assignee, its process tree's variables are the same and so is every
   * table (read once per door, so that a change shows without a snapshot per request).
   */
  private void attackThrough(OpenTask task, List<Attack> attacks, Map<String, Object> honest, String door,
      Function<Map<String, Object>, RestClient.Response> send, List<String> wrong) {
    List<String> tree = processTree(task.processInstanceId());
    TaskState taskBefore = taskState(task.taskId(), tree);
    Map<String, String> before = state.read();
    for (Attack attack : attacks) {
      Map<String, Object> values = new LinkedHashMap<>(honest);
      values.put(attack.variable(), attack.value());
      RestClient.Response answer = send.apply(variables(values));
      FIGURES.add("attacks-" + door, 1).add("attacks", 1);
      if (answer.status() != 400 || !answer.body().contains(attack.variable())) {
        accepted(wrong, door + " of " + task.model().label() + " by " + task.worker() + " with " + attack.kind() + " "
            + attack.variable() + "=" + attack.value() + " → " + answer.status() + " " + abbreviated(answer.body()));
      }
    }
    TaskState taskAfter = taskState(task.taskId(), tree);
    Map<String, String> after = state.read();
    if (!taskAfter.equals(taskBefore) || !after.equals(before)) {
      changed(wrong, door + " of " + task.model().label() + " by " + task.worker() + ": the refused attacks "
          + attacks.stream().map(Attack::variable).toList() + " changed " + taskBefore.difference(taskAfter) + " "
          + EngineState.difference(before, after));
    }
  }

  // ---------------------------------------------------------------- 3: every definition × every role

  @Test
  @Order(2)
  void onlyTheStartsTheReadmeListsSucceed() {
    HostileWorld world = world();
    world.quiet();
    Map<String, Long> before = instanceCounts();
    Map<String, String> stateBefore = state.read();
    List<String> wrong = new ArrayList<>();
    List<ProcessDefinition> definitions = models.latestDefinitions();
    for (ProcessDefinition definition : definitions) {
      for (String user : ROLES.keySet()) {
        if (user.equals("admin")) {
          contractHoldsForStarts(user, definition, Map.of(), List.of(firstUndeclared(definition)), wrong);
        } else if (mayStart(user, definition.getKey())) {
          contractHoldsForStarts(user, definition, honestStart(definition.getKey()),
              undeclaredAtStart(definition), wrong);
        } else {
          for (String door : List.of("start", "submit-form")) {
            RestClient.Response answer = client(user).post(startPath(definition, door), Map.of());
            FIGURES.add("start-attempts", 1).add("attacks", 1);
            if (answer.status() != 403) {
              accepted(wrong, ROLES.get(user) + " " + user + " " + door + " " + definition.getKey() + " → "
                  + answer.status() + " " + abbreviated(answer.body()));
            }
          }
        }
      }
    }
    Map<String, String> stateAfter = state.read();
    if (!stateAfter.equals(stateBefore)) {
      changed(wrong, "refused starts changed " + EngineState.difference(stateBefore, stateAfter));
    }
    honestStartsSucceed(world, wrong);
    Map<String, Long> after = instanceCounts();
    Map<String, Long> expected = new TreeMap<>(before);
    expected.merge(ADHOC, 1L, Long::sum);
    if (!after.equals(expected)) {
      changed(wrong, "process instances before/after (only the honest ad-hoc start may add one): " + before + " → "
          + after);
    }
    FIGURES.put("processes", (long) definitions.size());
    assertThat(wrong).as("process starts").isEmpty();
  }

  private void contractHoldsForStarts(String user, ProcessDefinition definition, Map<String, Object> honest,
      List<String> undeclared, List<String> wrong) {
    RestClient client = client(user);
    for (String door : List.of("start", "submit-form")) {
      for (String variable : undeclared) {
        Map<String, Object> values = new LinkedHashMap<>(honest);
        values.put(variable, "policy,staff-policy");
        expectRefusedNaming(client.post(startPath(definition, door), variables(values)), variable,
            user + " " + door + " " + definition.getKey() + " with undeclared " + variable, wrong);
      }
      Map<String, Object> withKey = new LinkedHashMap<>(variables(honest));
      withKey.put("businessKey", "forged-" + user);
      expectRefusedNaming(client.post(startPath(definition, door), withKey), "businessKey",
          user + " " + door + " " + definition.getKey() + " with a business key", wrong);
    }
  }

  private void expectRefusedNaming(RestClient.Response answer, String variable, String what, List<String> wrong) {
    FIGURES.add("start-attempts", 1).add("attacks", 1);
    if (answer.status() != 400 || !answer.body().contains(variable)) {
      accepted(wrong, what + " → " + answer.status() + " " + abbreviated(answer.body()));
    }
  }

  /** 王丽 applies for a meeting of her own; the office cannot open the world's plan year a second time. */
  private void honestStartsSucceed(HostileWorld world, List<String> wrong) {
    RestClient.Response adhoc = client("wangli").post(
        "/engine-rest/process-definition/key/" + ADHOC + "/submit-form", variables(honestStart(ADHOC)));
    if (adhoc.status() != 200) {
      wrong.add("honest ad-hoc application refused: " + adhoc.status() + " " + abbreviated(adhoc.body()));
    } else {
      world.instanceIds().add(adhoc.json().get("id").asText());
    }
    if (!world.annualStart().startsWith("opened")) {
      wrong.add("the office's honest annual plan start did not open a plan: " + world.annualStart());
    }
    RestClient.Response again = client("liming").post(
        "/engine-rest/process-definition/key/" + ANNUAL + "/submit-form", variables(honestStart(ANNUAL)));
    if (again.status() != 400 || !again.body().contains("不能重复发起")) {
      wrong.add("a second plan for the same year: " + again.status() + " " + abbreviated(again.body()));
    }
    FIGURES.add("start-attempts", 2).put("annual-plan", world.annualStart());
  }

  private Map<String, Object> honestStart(String key) {
    if (key.equals(ADHOC)) {
      Map<String, Object> form = new HashMap<>(SampleForms.adhocApplication());
      LocalDate day = LocalDate.of(2048, 9, 1).plusDays(adhocDays++);
      form.put("plannedStart", day + "T14:00");
      form.put("plannedEnd", day + "T15:00");
      return form;
    }
    LocalDate today = LocalDate.now(clock);
    return Map.of("planYear", today.getYear(), "submissionDeadline", today.plusDays(30).toString());
  }

  /** The README's table: staff apply for ad-hoc meetings, the office starts the annual plan. */
  private boolean mayStart(String user, String key) {
    List<String> groups = groupsOf(user);
    return key.equals(ADHOC) && groups.stream().anyMatch(g -> g.startsWith("staff-"))
        || key.equals(ANNUAL) && groups.contains("office");
  }

  /** Variables the process names that its start form does not declare. */
  private List<String> undeclaredAtStart(ProcessDefinition definition) {
    FormContract start = startFormOf(definition.getId());
    return variablesOf(definition.getId()).stream().filter(name -> start.field(name).isEmpty()).toList();
  }

  private String firstUndeclared(ProcessDefinition definition) {
    return undeclaredAtStart(definition).stream().findFirst().orElse("hostileVariable");
  }

  private static String startPath(ProcessDefinition definition, String door) {
    return "/engine-rest/process-definition/key/" + definition.getKey() + "/" + door;
  }

  private Map<String, Long> instanceCounts() {
    Map<String, Long> counts = new TreeMap<>();
    for (ProcessDefinition definition : models.latestDefinitions()) {
      counts.put(definition.getKey(), historyService.createHistoricProcessInstanceQuery()
          .processDefinitionKey(definition.getKey()).count());
    }
    return counts;
  }

  // ---------------------------------------------------------------- 4: every write endpoint × every role

  @Test
  @Order(3)
  void everyEngineRestWriteFollowsTheRoleTable() {
    HostileWorld world = world();
    Prepared prepared = prepare(world);
    List<String> wrong = new ArrayList<>();
    Set<String> doors = new LinkedHashSet<>();
    for (String user : ROLES.keySet()) {
      if (user.equals("admin")) {
        administratorMayRepair(world, wrong);
        continue;
      }
      Targets aimed = aimedAt(user, world, prepared);
      HardeningHttp client = HardeningHttp.as(user, "demo", port);
      world.quiet();
      Map<String, String> before = state.read();
      for (Probe probe : EngineWriteProbes.refusedFor(aimed)) {
        doors.add(probe.door().replaceAll(" \\(.*\\)", ""));
        String jobBefore = jobLine(prepared.job());
        RestClient.Response answer = client.send(probe.method(), probe.path(), probe.contentType(), probe.body());
        FIGURES.add("endpoint-requests", 1).add("attacks", 1);
        String what = ROLES.get(user) + " " + probe.describe(user) + " → " + answer.status() + " "
            + abbreviated(answer.body());
        if (answer.status() < 400) {
          accepted(wrong, what);
        } else if (answer.status() >= 500) {
          FIGURES.add("server-errors", 1);
          wrong.add("SERVER ERROR instead of a 4xx refusal: " + what);
        }
        Map<String, String> after = state.read();
        if (!after.equals(before)) {
          String jobAfter = jobLine(prepared.job());
          changed(wrong, what + " — yet it changed " + EngineState.difference(before, after)
              + (jobAfter.equals(jobBefore) ? "" : " (the job: " + jobBefore + " → " + jobAfter + ")"));
          before = after;
        }
      }
      theAllowedDoorsOpen(user, aimed, client, wrong);
      EngineWriteProbes.allowedFor(aimed).forEach(probe -> doors.add(probe.door()));
    }
    FIGURES.put("endpoints", (long) doors.size());
    assertThat(wrong).as("engine-rest writes against the role table").isEmpty();
  }

  private void theAllowedDoorsOpen(String user, Targets aimed, HardeningHttp client, List<String> wrong) {
    for (Probe probe : EngineWriteProbes.allowedFor(aimed)) {
      RestClient.Response answer = client.send(probe.method(), probe.path(), probe.contentType(), probe.body());
      FIGURES.add("endpoint-requests", 1);
      if (answer.status() / 100 != 2) {
        FIGURES.add("wrongly-refused", 1);
        wrong.add("refused but allowed by the role table: " + probe.describe(user) + " → " + answer.status() + " "
            + abbreviated(answer.body()));
      }
    }
    if (aimed.ownTask() != null && hasCandidateGroup(aimed.ownTask().taskId())) {
      RestClient.Response back = client.send("POST", "/engine-rest/task/" + aimed.ownTask().taskId() + "/unclaim",
          "application/json", new byte[0]);
      if (back.status() != 204) {
        wrong.add(user + " could not give back the task claimed: " + back.status() + " " + abbreviated(back.body()));
      }
    }
  }

  /** The door is not simply closed for everyone: the administrator sets a variable and adds a candidate. */
  private void administratorMayRepair(HostileWorld world, List<String> wrong) {
    OpenTask task = world.tasks().get(0);
    RestClient admin = client("admin");
    int variable = admin.put("/engine-rest/process-instance/" + task.processInstanceId() + "/variables/repairNote",
        Map.of("value", "管理员修复")).status();
    int candidate = admin.post("/engine-rest/task/" + task.taskId() + "/identity-links",
        Map.of("groupId", "auditor", "type", "candidate")).status();
    FIGURES.add("endpoint-requests", 2);
    if (variable != 204 || candidate != 204) {
      wrong.add("the administrator was refused a repair: variable → " + variable + ", candidate → " + candidate);
    }
    runtimeService.removeVariable(task.processInstanceId(), "repairNote");
    taskService.deleteCandidateGroup(task.taskId(), "auditor");
  }

  /** What the writes aim at besides tasks, prepared by the system: a job, an incident, a filter, a comment. */
  private record Prepared(String job, String incident, String finishedInstance, String filter, String commentTaskId,
      String commentId) {}

  /** A task the person may work (if any), one they may not, what {@link Prepared} holds, the jobs they see. */
  private Targets aimedAt(String user, HostileWorld world, Prepared prepared) {
    OpenTask own = world.tasks().stream().filter(task -> mayWork(user, task.taskId())).findFirst().orElse(null);
    OpenTask other = world.tasks().stream().filter(task -> !mayWork(user, task.taskId())
        && hasCandidateGroup(task.taskId())).findFirst().orElseThrow();
    String otherGroup = taskService.getIdentityLinksForTask(other.taskId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).findFirst().orElse(null);
    return new Targets(user, attackingGroup(user), user.equals("chenjing") ? "wangli" : "chenjing", own, other,
        otherGroup, prepared.job(), prepared.incident(), prepared.finishedInstance(), prepared.filter(),
        prepared.commentTaskId(), prepared.commentId(), VICTIM, "attendee", systemJobsVisibleTo(user));
  }

  /** Jobs of no process (history cleanup) the person can list: whatever they see, they may try. */
  private List<String> systemJobsVisibleTo(String user) {
    List<String> jobs = new ArrayList<>();
    client(user).get("/engine-rest/job").json().forEach(job -> {
      if (job.get("processDefinitionKey").isNull()) {
        jobs.add(job.get("id").asText());
      }
    });
    return jobs;
  }

  private static final String VICTIM = "hostilevictim";

  private Prepared prepare(HostileWorld world) {
    if (identityService.createUserQuery().userId(VICTIM).count() == 0) {
      User victim = identityService.newUser(VICTIM);
      victim.setFirstName("受害");
      victim.setLastName("测试");
      victim.setEmail(VICTIM + "@agency.example");
      victim.setPassword("demo");
      identityService.saveUser(victim);
      identityService.createMembership(VICTIM, "attendee");
    }
    Filter filter = filterService.newTaskFilter("敌对测试过滤器").setOwner("admin")
        .setQuery(taskService.createTaskQuery());
    filterService.saveFilter(filter);
    cleanUp.add("filter:" + filter.getId());
    OpenTask commented = world.tasks().get(0);
    String commentId = new AsUser(identityService).call("admin", () -> taskService.createComment(
        commented.taskId(), commented.processInstanceId(), "管理员备注")).getId();
    Set<String> instances = new LinkedHashSet<>();
    world.instanceIds().forEach(id -> instances.addAll(processTree(id)));
    Job job = managementService.createJobQuery().timers().list().stream()
        .filter(candidate -> instances.contains(candidate.getProcessInstanceId())).findFirst().orElseThrow(
            () -> new IllegalStateException("no timer in the world's processes to aim at"));
    String incident = runtimeService.createIncident("hostile-suite", commented.processInstanceId(), "敌对测试",
        "敌对测试的事件").getId();
    return new Prepared(job.getId(), incident, world.finishedInstance(), filter.getId(), commented.taskId(), commentId);
  }

  /** The aimed job as the engine keeps it: its activity, retries, due date and failure. */
  private String jobLine(String jobId) {
    Job job = managementService.createJobQuery().jobId(jobId).singleResult();
    if (job == null) {
      return "gone";
    }
    String activity = managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
        .singleResult().getActivityId();
    return activity + " retries " + job.getRetries() + ", due " + job.getDuedate()
        + (job.getExceptionMessage() == null ? "" : ", failed: " + abbreviated(job.getExceptionMessage()));
  }

  private boolean mayWork(String user, String taskId) {
    List<String> groups = groupsOf(user);
    return taskService.getIdentityLinksForTask(taskId).stream().anyMatch(link ->
        user.equals(link.getUserId()) || link.getGroupId() != null && groups.contains(link.getGroupId()));
  }

  private boolean hasCandidateGroup(String taskId) {
    return taskService.getIdentityLinksForTask(taskId).stream()
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null);
  }

  // ---------------------------------------------------------------- 5: wrong passwords

  /** A login door: (source address, user, password) → HTTP status. */
  private interface LoginDoor {
    int attempt(String sourceAddress, String user, String password);
  }

  private Map<String, LoginDoor> loginDoors() {
    Map<String, LoginDoor> doors = new LinkedHashMap<>();
    doors.put("Tasklist login", (address, user, password) -> new SourceAddressHttp(address, port).tasklist(user,
        password));
    doors.put("HTTP Basic on /api", (address, user, password) -> new SourceAddressHttp(address, port)
        .basic("/api/meeting-types", user, password));
    doors.put("HTTP Basic on /engine-rest", (address, user, password) -> new SourceAddressHttp(address, port)
        .basic("/engine-rest/task/count", user, password));
    return doors;
  }

  @Test
  @Order(4)
  void wrongPasswordsDelayTheirSourceAddressButNeverLockTheRealUserOut() {
    List<String> wrong = new ArrayList<>();
    loginDoors().forEach((door, login) -> {
      ListAppender<ILoggingEvent> throttleLog = throttleLog();
      try {
        // heqing is used by no other suite's logins but BadInputIT's, which waits out its own delay.
        long firstFailure = System.currentTimeMillis();
        for (int i = 0; i < 12; i++) {
          int status = login.attempt("127.0.0.2", "heqing", "guess-" + i);
          FIGURES.add("login-attempts", 1).add("attacks", 1);
          if (status != 401) {
            accepted(wrong, door + ": wrong password " + i + " for heqing from 127.0.0.2 → " + status);
          }
        }
        int home = login.attempt("127.0.0.1", "heqing", "demo");
        long sentAt = System.currentTimeMillis();
        int attacker = login.attempt("127.0.0.2", "heqing", "demo");
        FIGURES.add("login-attempts", 2);
        if (home != 200) {
          FIGURES.add("real-user-held-back", 1);
          wrong.add(door + ": heqing's right password from 127.0.0.1, after 12 wrong ones from 127.0.0.2 → " + home
              + " (the real user held back by someone else's guesses)");
        }
        // Only the first wrong password counts (3 s, meeting.login.delay-base): the rest came while waiting.
        if (sentAt < firstFailure + 2500 && attacker != 401) {
          wrong.add(door + ": the right password from 127.0.0.2 while its delay lasts → " + attacker);
        }
        Awaitility.await(door + ": 127.0.0.2's delay passes").atMost(Duration.ofSeconds(15))
            .pollInterval(Duration.ofMillis(500)).until(() -> login.attempt("127.0.0.2", "heqing", "demo") == 200);
        List<String> seen = throttleLog.list.stream().map(ILoggingEvent::getFormattedMessage).distinct().toList();
        if (seen.stream().noneMatch(message -> message.contains("from 127.0.0.2 "))) {
          FIGURES.add("source-address-unseen", 1);
          wrong.add(door + ": the server did not see the attempts come from 127.0.0.2: " + seen);
        }
        assertNoCamundaLock("heqing");
      } finally {
        stopCapturing(throttleLog);
      }
    });
    assertThat(wrong).as("login throttling by source address").isEmpty();
  }

  /**
   * Through the Tasklist login, where the throttle sees the source address (see the HTTP Basic door
   * above): guessing many accounts from one address stops that address, nobody else.
   */
  @Test
  @Order(5)
  void manyFailuresFromOneAddressDelayThatAddressOnly() {
    LoginDoor login = loginDoors().get("Tasklist login");
    List<String> guessed = List.of("wangli", "fenggang", "chenjing", "chuwei", "weilan", "jiangtao", "zhaoqiang",
        "qianjun", "sunhong", "liming", "zhouping");
    long lastFailure = 0;
    for (String user : guessed) {
      lastFailure = System.currentTimeMillis();
      assertThat(login.attempt("127.0.0.3", user, "guess")).as(user + " guessed from 127.0.0.3").isEqualTo(401);
      FIGURES.add("login-attempts", 1).add("attacks", 1);
    }
    long sentAt = System.currentTimeMillis();
    int fromAttacker = login.attempt("127.0.0.3", "wuhua", "demo");
    int fromHome = login.attempt("127.0.0.1", "wuhua", "demo");
    FIGURES.add("login-attempts", 2);
    assertThat(fromHome).as("a user never guessed, from another address").isEqualTo(200);
    // 11 failures: one beyond meeting.login.address-failures-before-delay (10), so the address waits 3 s.
    if (sentAt < lastFailure + 2500) {
      assertThat(fromAttacker).as("a user never guessed, from the address with 11 failures").isEqualTo(401);
    }
    Awaitility.await("127.0.0.3's delay passes").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
        .until(() -> login.attempt("127.0.0.3", "wuhua", "demo") == 200);
    for (String user : guessed) {
      assertThat(login.attempt("127.0.0.1", user, "demo")).as(user + " from 127.0.0.1 after the guesses").isEqualTo(200);
      FIGURES.add("login-attempts", 1);
      assertNoCamundaLock(user);
    }
  }

  private void assertNoCamundaLock(String user) {
    Timestamp locked = jdbc.queryForObject("select lock_exp_time_ from act_id_user where id_ = ?", Timestamp.class,
        user);
    assertThat(locked == null || !locked.after(new Timestamp(System.currentTimeMillis())))
        .as("Camunda's own lock of " + user + " never reaches into the future: " + locked).isTrue();
  }

  private static ListAppender<ILoggingEvent> throttleLog() {
    Logger logger = (Logger) LoggerFactory.getLogger("cn.gov.agency.meeting.login.PasswordCheckThrottle");
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    return appender;
  }

  private static void stopCapturing(ListAppender<ILoggingEvent> appender) {
    ((Logger) LoggerFactory.getLogger("cn.gov.agency.meeting.login.PasswordCheckThrottle")).detachAppender(appender);
  }

  // ---------------------------------------------------------------- the world, figures and clean-up

  private HostileWorld world() {
    if (world == null) {
      models = new DeployedModels(repositoryService, context::containsBean);
      state = new EngineState(jdbc);
      long started = System.currentTimeMillis();
      world = new HostileWorld(port, runtimeService, taskService, identityService, managementService, meetings,
          lifecycle, followUps, opinions, venue, clock, models).open();
      System.out.println("HOSTILE world: " + world.tasks().size() + " of " + world.modelTasks().size()
          + " user tasks open (" + world.openedByStartingBefore() + " by starting their process right before them) in "
          + (System.currentTimeMillis() - started) / 1000 + " s");
    }
    return world;
  }

  private List<String> groupsOf(String user) {
    return groups.computeIfAbsent(user, u -> identityService.createGroupQuery().groupMember(u).list().stream()
        .map(g -> g.getId()).toList());
  }

  @AfterAll
  void publishAndCleanUp() {
    FIGURES.publish();
    if (world != null) {
      runtimeService.deleteProcessInstancesIfExists(List.copyOf(world.instanceIds()), "hostile suite done", true, true,
          false);
    }
    for (String item : cleanUp) {
      if (item.startsWith("filter:")) {
        filterService.deleteFilter(item.substring("filter:".length()));
      }
    }
    identityService.deleteUser(VICTIM);
    // Anything a wrongly accepted attack made: removed so that the other suites see the demo organisation.
    ROLES.keySet().stream().filter(user -> !user.equals("admin"))
        .forEach(user -> identityService.deleteMembership(user, "camunda-admin"));
    identityService.createUserQuery().list().stream().filter(u -> u.getId().startsWith("hostile"))
        .forEach(u -> identityService.deleteUser(u.getId()));
    identityService.createGroupQuery().list().stream().filter(g -> g.getId().startsWith("hostile"))
        .forEach(g -> identityService.deleteGroup(g.getId()));
  }

  private static void accepted(List<String> wrong, String what) {
    FIGURES.add("accepted-wrongly", 1);
    wrong.add("ACCEPTED: " + what);
  }

  private static void changed(List<String> wrong, String what) {
    FIGURES.add("changed", 1);
    wrong.add("CHANGED: " + what);
  }

  // ---------------------------------------------------------------- reading the engine as the system

  private FormContract formOf(String taskId) {
    try (InputStream form = formService.getDeployedTaskForm(taskId)) {
      return FormContract.parse(form.readAllBytes());
    } catch (RuntimeException | IOException noForm) {
      return FormContract.noForm();
    }
  }

  private FormContract startFormOf(String definitionId) {
    try (InputStream form = formService.getDeployedStartForm(definitionId)) {
      return FormContract.parse(form.readAllBytes());
    } catch (RuntimeException | IOException noForm) {
      return FormContract.noForm();
    }
  }

  /** The variables the task sees, as plain values (objects as their serialized text). */
  private Map<String, Object> currentValues(String taskId) {
    var typed = taskService.getVariablesTyped(taskId, false);
    Map<String, Object> values = new LinkedHashMap<>();
    typed.keySet().forEach(name -> {
      TypedValue value = typed.getValueTyped(name);
      values.put(name, value instanceof SerializableValue ? valueOf(value) : value.getValue());
    });
    return values;
  }

  private Set<String> variablesOf(String definitionId) {
    return processVariables.computeIfAbsent(definitionId, models::expressionVariables);
  }

  /** The group an attacker would inject: their own inbox's group (a department group first). */
  private String attackingGroup(String user) {
    List<String> groups = groupsOf(user);
    return groups.stream().filter(g -> g.contains("-")).findFirst()
        .orElse(groups.stream().filter(g -> !g.equals("attendee")).findFirst().orElse("attendee"));
  }

  /** One HTTP client per person (each RestClient holds its own connection pool). */
  private RestClient client(String user) {
    return clients.computeIfAbsent(user, u -> RestClient.as(u, port));
  }

  private WebappSession session(String user) {
    return sessions.computeIfAbsent(user, u -> WebappSession.login(u, port));
  }

  /** The process instance, its callers up to the root, and everything the root called. */
  private List<String> processTree(String processInstanceId) {
    String root = processInstanceId;
    for (ProcessInstance parent; (parent = runtimeService.createProcessInstanceQuery().subProcessInstanceId(root)
        .singleResult()) != null; ) {
      root = parent.getId();
    }
    List<String> tree = new ArrayList<>();
    Deque<String> next = new ArrayDeque<>(List.of(root));
    while (!next.isEmpty()) {
      String id = next.poll();
      tree.add(id);
      runtimeService.createProcessInstanceQuery().superProcessInstanceId(id).list()
          .forEach(child -> next.add(child.getId()));
    }
    return tree;
  }

  /** An open task's assignee and the variables (scope/name → value) of its process tree. */
  private record TaskState(boolean open, String assignee, Map<String, String> variables) {
    String difference(TaskState now) {
      List<String> changes = new ArrayList<>();
      if (open != now.open) {
        changes.add("task " + (now.open ? "reopened" : "no longer open"));
      }
      if (!Objects.equals(assignee, now.assignee)) {
        changes.add("assignee " + assignee + "→" + now.assignee);
      }
      Set<String> names = new LinkedHashSet<>(variables.keySet());
      names.addAll(now.variables.keySet());
      names.stream().filter(name -> !Objects.equals(variables.get(name), now.variables.get(name)))
          .forEach(name -> changes.add(name + " " + variables.get(name) + "→" + now.variables.get(name)));
      return String.join(", ", changes);
    }
  }

  private TaskState taskState(String taskId, List<String> tree) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    Map<String, String> values = new TreeMap<>();
    for (VariableInstance variable : runtimeService.createVariableInstanceQuery()
        .processInstanceIdIn(tree.toArray(String[]::new)).disableCustomObjectDeserialization().list()) {
      values.put(variable.getExecutionId() + "/" + variable.getName(), valueOf(variable.getTypedValue()));
    }
    return new TaskState(task != null, task == null ? null : task.getAssignee(), values);
  }

  private static String valueOf(TypedValue value) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return serializable.getValueSerialized();
    }
    return String.valueOf(value.getValue());
  }

  private static String abbreviated(String body) {
    return body == null || body.length() < 300 ? body : body.substring(0, 300) + "…";
  }

  private static Map<String, String> rolesByUser() {
    Map<String, String> roles = new LinkedHashMap<>();
    roles.put("wangli", "staff");
    roles.put("fenggang", "head");
    roles.put("qianjun", "leader");
    roles.put("sunhong", "leader");
    roles.put("zhouping", "office");
    roles.put("liming", "office-head");
    roles.put("zhengyan", "finance");
    roles.put("hanmei", "recorder");
    roles.put("shenyu", "auditor");
    roles.put("admin", "admin");
    roles.put("chenjing", "staff of another department");
    return roles;
  }
}
