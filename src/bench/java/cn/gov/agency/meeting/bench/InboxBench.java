package cn.gov.agency.meeting.bench;

import cn.gov.agency.meeting.audit.AuditTrail;
import cn.gov.agency.meeting.engine.TaskGrantExistsCheck;
import cn.gov.agency.meeting.support.AsUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Part 3 and 5: the inbox and the audit trail with growing data — open tasks spread over every role
 * group (one-task instances, the engine writing its per-task grants as for any candidate group) and
 * historic activity rows (bulk SQL) — queried as Tasklist does: the user's own filter, first page
 * of 15 and the count, authorization on.
 */
final class InboxBench {

  private static final String PROCESS_KEY = "benchInboxTask";
  private static final int[] FULL_TASKS = {6_250, 25_000, 100_000};
  private static final int[] FULL_HISTORY = {62_500, 250_000, 1_000_000};
  private static final int WARM_UP = 2;
  private static final int BATCH = 50;
  private static final int RUNS = 15;
  /** The index the application adds (EngineIndexes: ACT_RU_TASK.PARENT_TASK_ID_, read on every task completion). */
  private static final String PARENT_INDEX = "meeting_idx_task_parent";

  private final Benchmark.Options options;
  private final ProcessEngine engine;
  private final ProcessEngineConfigurationImpl configuration;
  private final JdbcTemplate jdbc;
  private final AuditTrail trail;
  private final AsUser as;
  private final List<String> groups;
  private int historyLoaded;

  InboxBench(ApplicationContext context, Benchmark.Options options) {
    this.options = options;
    this.engine = context.getBean(ProcessEngine.class);
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.jdbc = context.getBean(JdbcTemplate.class);
    this.trail = context.getBean(AuditTrail.class);
    this.as = new AsUser(engine.getIdentityService());
    this.groups = engine.getIdentityService().createGroupQuery().list().stream().map(Group::getId)
        .filter(id -> !id.equals("camunda-admin") && !id.equals("attendee")).sorted().toList();
  }

  Map<String, Object> run() throws Exception {
    engine.getRepositoryService().createDeployment().name("benchmark-inbox")
        .addModelInstance(PROCESS_KEY + ".bpmn", Bpmn.createExecutableProcess(PROCESS_KEY).name("待办基准流程")
            .camundaHistoryTimeToLive(1)
            .startEvent("start").name("开始")
            .userTask("work").name("处理事项").camundaCandidateGroups("${group}")
            .endEvent("end").name("结束").done())
        .deploy();
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("groups", groups.size());
    List<Map<String, Object>> steps = new ArrayList<>();
    result.put("steps", steps);
    Long meetingId = LifecycleBench.HELD.isEmpty() ? null : LifecycleBench.HELD.get(LifecycleBench.HELD.size() - 1);
    for (int i = 0; i < FULL_TASKS.length; i++) {
      int tasks = options.scaled(FULL_TASKS[i]);
      int history = options.scaled(FULL_HISTORY[i]);
      Benchmark.log("loading inbox to " + tasks + " open tasks, " + history + " extra activity rows");
      long started = System.nanoTime();
      loadTasks(tasks);
      double loadSeconds = (System.nanoTime() - started) / 1e9;
      loadHistory(history);
      jdbc.execute("analyze");
      Map<String, Object> step = new LinkedHashMap<>();
      step.put("openTasks", jdbc.queryForObject("select count(*) from act_ru_task", Long.class));
      step.put("historicActivityRows", jdbc.queryForObject("select count(*) from act_hi_actinst", Long.class));
      step.put("authorizationRows", jdbc.queryForObject("select count(*) from act_ru_authorization", Long.class));
      step.put("taskInstancesCreatedPerSecond", Benchmark.round((tasks - (i == 0 ? 0 : options.scaled(FULL_TASKS[i - 1])))
          / loadSeconds));
      try (QueryWatchdog watchdog = new QueryWatchdog(jdbc)) {
        step.put("asConfigured", inbox());
        step.put("enginesOwnJoinSameData", enginesOwnJoin());
      }
      if (meetingId != null) {
        step.put("auditTrailOfOneMeeting", as.call("shenyu", () -> Samples.time(WARM_UP, RUNS,
            () -> trail.of(meetingId)).summary()));
      }
      step.put("completeOneTaskAmongOpen", completions(20));
      steps.add(step);
    }
    result.put("variantsAtLargestStep", variants());
    return result;
  }

  /** The office's and a leader's inbox as their own filters. */
  private Map<String, Object> inbox() {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("authorizationCheckRevokes", configuration.getAuthorizationCheckRevokes());
    figures.put("standaloneTasksEnabled", configuration.isStandaloneTasksEnabled());
    figures.put("taskQueryStatement", configuration.getDbSqlSessionFactory().mapStatement("selectTaskCountByQueryCriteria"));
    figures.put("office (zhouping, filter 办公室待办)", filterFigures("zhouping", "office:office"));
    figures.put("leader (qianjun, filter 分管领导审批)", filterFigures("qianjun", "leader-approval:qianjun"));
    return figures;
  }

  /**
   * The baseline in the same run: the same filters with the engine's own authorization join
   * ({@link TaskGrantExistsCheck} switched off), on the same data right after the measurement with it.
   */
  private Map<String, Object> enginesOwnJoin() {
    Benchmark.log("inbox with the engine's own authorization join (baseline)");
    TaskGrantExistsCheck.use(configuration, false);
    try {
      return inbox();
    } finally {
      TaskGrantExistsCheck.use(configuration, true);
    }
  }

  private Map<String, Object> filterFigures(String user, String origin) {
    Filter filter = engine.getFilterService().createTaskFilterQuery().list().stream()
        .filter(f -> f.getProperties() != null && origin.equals(f.getProperties().get("meetingInbox")))
        .findFirst().orElseThrow(() -> new IllegalStateException("no filter " + origin));
    Map<String, Object> figures = new LinkedHashMap<>();
    as.run(user, () -> {
      try {
        figures.put("count", engine.getFilterService().count(filter.getId()));
      } catch (RuntimeException cancelledByWatchdog) {
        figures.put("count", "over " + QueryWatchdog.LIMIT_SECONDS + " s");
      }
      figures.put("firstPage15", Samples.time(WARM_UP, RUNS,
          () -> engine.getFilterService().listPage(filter.getId(), 0, 15)).summary());
      figures.put("countQuery", Samples.time(WARM_UP, RUNS,
          () -> engine.getFilterService().count(filter.getId())).summary());
    });
    return figures;
  }

  /** Completing one office task while the rest stay open (the engine looks up sub-tasks on each). */
  private Map<String, Object> completions(int runs) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY)
        .taskCandidateGroup("office").listPage(0, runs);
    List<Long> nanos = new ArrayList<>();
    for (Task task : tasks) {
      long started = System.nanoTime();
      as.run("zhouping", () -> engine.getTaskService().complete(task.getId()));
      nanos.add(System.nanoTime() - started);
    }
    return Samples.of(nanos).summary();
  }

  private Map<String, Object> variants() {
    String revokes = configuration.getAuthorizationCheckRevokes();
    boolean standalone = configuration.isStandaloneTasksEnabled();
    Map<String, Object> variants = new LinkedHashMap<>();
    try (QueryWatchdog watchdog = new QueryWatchdog(jdbc)) {
      for (String mode : List.of("auto", "never")) {
        for (boolean standaloneTasks : List.of(true, false)) {
          configuration.setAuthorizationCheckRevokes(mode);
          configuration.setStandaloneTasksEnabled(standaloneTasks);
          Benchmark.log("inbox variant revokes=" + mode + ", standaloneTasks=" + standaloneTasks);
          variants.put("authorizationCheckRevokes=" + mode + ", standaloneTasksEnabled=" + standaloneTasks,
              filterFigures("zhouping", "office:office"));
        }
      }
      configuration.setAuthorizationCheckRevokes(revokes);
      configuration.setStandaloneTasksEnabled(standalone);
      variants.put("completeOneTask, with the indexes as configured", completions(20));
      boolean indexed = Boolean.TRUE.equals(jdbc.queryForObject(
          "select count(*) > 0 from pg_indexes where indexname = '" + PARENT_INDEX + "'", Boolean.class));
      if (indexed) {
        jdbc.execute("drop index " + PARENT_INDEX);
        variants.put("completeOneTask, without an index on ACT_RU_TASK.PARENT_TASK_ID_", completions(20));
        jdbc.execute("create index " + PARENT_INDEX + " on act_ru_task (parent_task_id_)");
      } else {
        jdbc.execute("create index " + PARENT_INDEX + " on act_ru_task (parent_task_id_)");
        jdbc.execute("analyze act_ru_task");
        variants.put("completeOneTask, with an index on ACT_RU_TASK.PARENT_TASK_ID_", completions(20));
        jdbc.execute("drop index " + PARENT_INDEX);
      }
    } finally {
      configuration.setAuthorizationCheckRevokes(revokes);
      configuration.setStandaloneTasksEnabled(standalone);
    }
    return variants;
  }

  private void loadTasks(int target) throws Exception {
    long open = engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY).count();
    int missing = (int) Math.max(0, target - open);
    AtomicInteger next = new AtomicInteger();
    CommandExecutor transaction = configuration.getCommandExecutorTxRequired();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        done.add(threads.submit(() -> {
          // Batches of instances per transaction: the load is not what is measured.
          for (int from = next.getAndAdd(BATCH); from < missing; from = next.getAndAdd(BATCH)) {
            int first = from;
            transaction.execute(commandContext -> {
              for (int i = first; i < Math.min(missing, first + BATCH); i++) {
                engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
                    Map.of("group", groups.get((int) ((open + i) % groups.size()))));
              }
              return null;
            });
          }
        }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      threads.shutdown();
    }
  }

  /** Finished instances' activity rows of 12 activities each, spread over the last year. */
  private void loadHistory(int target) {
    if (target <= historyLoaded) {
      return;
    }
    jdbc.update("""
        insert into act_hi_actinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
            execution_id_, act_id_, act_name_, act_type_, start_time_, end_time_, duration_, act_inst_state_,
            sequence_counter_)
        select 'bench-act-' || g, 'benchHistory', 'benchHistory:1:bench', 'bench-pi-' || (g / 12),
            'bench-pi-' || (g / 12), 'bench-pi-' || (g / 12), 'step' || (g % 12), '历史步骤', 'userTask',
            localtimestamp - (g % 31536000) * interval '1 second',
            localtimestamp - (g % 31536000) * interval '1 second' + interval '1 minute', 60000, 4, g % 12
        from generate_series(?, ?) g""", historyLoaded, target - 1);
    historyLoaded = target;
  }
}
