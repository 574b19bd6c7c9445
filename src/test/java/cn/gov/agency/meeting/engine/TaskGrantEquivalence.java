package cn.gov.agency.meeting.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.MeetingDriver;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.context.ApplicationContext;

/**
 * Proves that {@link TaskGrantExistsCheck} shows every person exactly the tasks the engine's own
 * check shows: random open tasks (candidate groups and users, claimed, delegated, reassigned, grants
 * on the process definition, a revoke grant) plus the real lifecycle's tasks of a confidential and
 * an ordinary meeting; then, for every demo user, the same task queries and every filter they can
 * read - list and count - asked with the engine's join and with the EXISTS check on the same data.
 */
final class TaskGrantEquivalence {

  private static final String PROCESS_KEY = "taskGrantEquivalence";
  private static final int BATCH = 50;

  private final ProcessEngine engine;
  private final ProcessEngineConfigurationImpl configuration;
  private final TaskService tasks;
  private final AuthorizationService authorizations;
  private final AsUser as;
  private final ApplicationContext context;
  private final long seed = System.nanoTime();
  private final Random random = new Random(seed);
  private final List<String> users;
  private final List<String> groups;
  private final List<String> grantsMade = new ArrayList<>();
  private int comparisons;

  TaskGrantEquivalence(ApplicationContext context) {
    this.context = context;
    this.engine = context.getBean(ProcessEngine.class);
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.tasks = engine.getTaskService();
    this.authorizations = engine.getAuthorizationService();
    this.as = new AsUser(engine.getIdentityService());
    this.users = engine.getIdentityService().createUserQuery().list().stream().map(User::getId).sorted().toList();
    this.groups = engine.getIdentityService().createGroupQuery().list().stream().map(Group::getId).sorted().toList();
  }

  /** Runs the whole comparison over {@code openTasks} random tasks; returns the number of comparisons made. */
  int prove(int openTasks, int meetingYear) {
    assertThat(configuration.isAuthorizationEnabled()).as("authorization on, as in production").isTrue();
    Deployment deployment = engine.getRepositoryService().createDeployment().name(PROCESS_KEY)
        .addModelInstance(PROCESS_KEY + ".bpmn", Bpmn.createExecutableProcess(PROCESS_KEY).name("待办可见性对照")
            .camundaHistoryTimeToLive(1)
            .startEvent("start").name("开始")
            .userTask("work").name("处理事项")
            .camundaCandidateGroups("${candidateGroups}").camundaCandidateUsers("${candidateUsers}")
            .endEvent("end").name("结束").done())
        .deploy();
    try {
      meetingsTasks(meetingYear);
      randomTasks(openTasks);
      reshuffle();
      grantsOnTheProcess();
      compareForEveryone("grants only");
      revokeOneTask();
      compareForEveryone("with a revoke grant");
      return comparisons;
    } finally {
      TaskGrantExistsCheck.use(configuration, true);
      grantsMade.forEach(authorizations::deleteAuthorization);
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  /** Tasks of the real lifecycle: a confidential meeting's and an ordinary one's preparation. */
  private void meetingsTasks(int year) {
    MeetingRows meetings = context.getBean(MeetingRows.class);
    MeetingDriver driver = new MeetingDriver(context);
    MeetingRecord confidential = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(year, 3, 4, 9, 0));
    meetings.updateConfidential(confidential.id(), true);
    driver.startAndSettle(confidential, true, true, false);
    driver.startAndSettle(SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.of(year, 3, 5, 9, 0)), false, false, false);
  }

  private void randomTasks(int count) {
    var transaction = configuration.getCommandExecutorTxRequired();
    for (int from = 0; from < count; from += BATCH) {
      int size = Math.min(BATCH, count - from);
      transaction.execute(commandContext -> {
        for (int i = 0; i < size; i++) {
          Map<String, Object> variables = new LinkedHashMap<>();
          variables.put("candidateGroups", String.join(",", pick(groups, 1 + random.nextInt(2))));
          variables.put("candidateUsers", String.join(",", pick(users, random.nextInt(5) == 0 ? 1 : 0)));
          engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, variables);
        }
        return null;
      });
    }
  }

  /** Claimed, delegated and reassigned tasks: the engine grants the new assignee and owner. */
  private void reshuffle() {
    for (Task task : tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).list()) {
      switch (random.nextInt(8)) {
        case 0 -> tasks.claim(task.getId(), any(users));
        case 1 -> {
          tasks.claim(task.getId(), any(users));
          tasks.delegateTask(task.getId(), any(users));
        }
        case 2 -> {
          tasks.setAssignee(task.getId(), any(users));
          tasks.setAssignee(task.getId(), any(users));
        }
        case 3 -> tasks.setOwner(task.getId(), any(users));
        default -> { }
      }
    }
  }

  /** READ_TASK on the process definition for one group: the process-key branch of the check. */
  private void grantsOnTheProcess() {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId(PROCESS_KEY);
    grant.setGroupId(any(groups.stream().filter(group -> !group.equals("camunda-admin")).toList()));
    grant.addPermission(Permissions.READ_TASK);
    grantsMade.add(authorizations.saveAuthorization(grant).getId());
  }

  /** A revoke makes the engine ask its revoke-aware SQL, which the EXISTS check leaves to the engine. */
  private void revokeOneTask() {
    Task task = tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).taskAssigned().listPage(0, 1).get(0);
    Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setResource(Resources.TASK);
    revoke.setResourceId(task.getId());
    revoke.setUserId(task.getAssignee());
    revoke.removePermission(Permissions.READ);
    grantsMade.add(authorizations.saveAuthorization(revoke).getId());
  }

  private void compareForEveryone(String situation) {
    for (String user : users) {
      List<String> groupsOfUser = engine.getIdentityService().createGroupQuery().groupMember(user).list()
          .stream().map(Group::getId).toList();
      Map<String, Function<TaskService, TaskQuery>> queries = new LinkedHashMap<>();
      queries.put("every task", TaskService::createTaskQuery);
      queries.put("candidate groups incl. assigned", service -> service.createTaskQuery()
          .taskCandidateGroupIn(groupsOfUser.isEmpty() ? List.of("-") : groupsOfUser).includeAssignedTasks());
      queries.put("candidate user", service -> service.createTaskQuery().taskCandidateUser(user));
      queries.put("assigned to them", service -> service.createTaskQuery().taskAssignee(user));
      queries.put("or: theirs or unassigned", service -> service.createTaskQuery()
          .or().taskAssignee(user).taskUnassigned().endOr());
      queries.put("process key", service -> service.createTaskQuery().processDefinitionKey(PROCESS_KEY));
      for (var query : queries.entrySet()) {
        String what = situation + ", " + user + ", " + query.getKey() + " (seed " + seed + ")";
        same(user, what + ": list", () -> ids(query.getValue().apply(tasks).orderByTaskId().asc().list()));
        same(user, what + ": page", () -> ids(query.getValue().apply(tasks).orderByTaskCreateTime().desc()
            .orderByTaskId().asc().listPage(0, 15)));
        same(user, what + ": count", () -> query.getValue().apply(tasks).count());
      }
      for (Filter filter : as.call(user, () -> engine.getFilterService().createTaskFilterQuery().list())) {
        String what = situation + ", " + user + ", filter " + filter.getName() + " (seed " + seed + ")";
        same(user, what + ": list", () -> sorted(ids(engine.getFilterService().list(filter.getId()))));
        same(user, what + ": count", () -> engine.getFilterService().count(filter.getId()));
      }
    }
  }

  private void same(String user, String what, java.util.function.Supplier<Object> answer) {
    TaskGrantExistsCheck.use(configuration, false);
    Object engines = as.call(user, answer);
    TaskGrantExistsCheck.use(configuration, true);
    Object exists = as.call(user, answer);
    assertThat(exists).as(what).isEqualTo(engines);
    comparisons++;
  }

  private static List<String> ids(List<?> found) {
    return found.stream().map(task -> ((Task) task).getId()).toList();
  }

  private static List<String> sorted(List<String> ids) {
    return ids.stream().sorted().toList();
  }

  private String any(List<String> from) {
    return from.get(random.nextInt(from.size()));
  }

  private List<String> pick(List<String> from, int count) {
    List<String> picked = new ArrayList<>();
    while (picked.size() < count) {
      String next = any(from);
      if (!picked.contains(next)) {
        picked.add(next);
      }
    }
    return picked;
  }
}
