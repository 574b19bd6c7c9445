package cn.gov.agency.meeting.bench;

import cn.gov.agency.meeting.adhoc.AdhocVariables;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.MeetingDriver;
import cn.gov.agency.meeting.support.SampleForms;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Part 1, 2 and 5: N, 4N, 16N whole meeting lifecycles (临时会议申请 → 审批 → 备案 → 筹备 → 召开 → 纪要 →
 * 督办 → 报销 → 归档) driven through the engine's Java API as the demo users do it, each followed in the
 * same run by as many instances of the bare baseline.
 */
final class LifecycleBench {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final int WARM_UP = 2;

  private final Benchmark.Options options;
  private final ProcessEngine engine;
  private final EngineMeter meter;
  private final JdbcTemplate jdbc;
  private final Meetings meetings;
  private final MeetingDriver driver;
  private final AsUser as;
  private final BenchRooms rooms;
  private final Map<String, Long> stageNanos = new LinkedHashMap<>();
  /** Meetings held by the run, for the audit trail at scale. */
  static final List<Long> HELD = new ArrayList<>();

  LifecycleBench(ApplicationContext context, Benchmark.Options options) {
    this.options = options;
    this.engine = context.getBean(ProcessEngine.class);
    this.meter = context.getBean(EngineMeter.class);
    this.jdbc = context.getBean(JdbcTemplate.class);
    this.meetings = context.getBean(Meetings.class);
    this.driver = new MeetingDriver(context);
    this.as = new AsUser(engine.getIdentityService());
    this.rooms = new BenchRooms(jdbc, "BENCH", 100);
  }

  Map<String, Object> run() {
    Map<String, Object> result = new LinkedHashMap<>();
    Benchmark.log("warming up with " + WARM_UP + " lifecycles");
    Held first = holdOne();
    for (int i = 1; i < WARM_UP; i++) {
      holdOne();
    }
    LifecycleShape shape = LifecycleShape.of(engine.getHistoryService(), first.meetingId(), first.applicationId());
    result.put("shapeOfOneLifecycle", shapeFigures(shape));
    BareBaseline bare = new BareBaseline(engine, shape);
    for (int i = 0; i < WARM_UP; i++) {
      bare.runOne();
    }
    List<Map<String, Object>> steps = new ArrayList<>();
    for (int n : options.steps()) {
      Map<String, Object> step = new LinkedHashMap<>();
      step.put("n", n);
      stageNanos.clear();
      Benchmark.log(n + " lifecycles");
      Map<String, Object> lifecycle = measure(n, () -> {
        Held held = holdOne();
        HELD.add(held.meetingId());
        return held.meetingId();
      });
      Map<String, Long> stages = new LinkedHashMap<>(stageNanos);
      Benchmark.log(n + " bare instances");
      Map<String, Object> baseline = measure(n, () -> {
        bare.runOne();
        return 0;
      });
      Map<String, Object> perStage = new LinkedHashMap<>();
      stages.forEach((stage, nanos) -> perStage.put(stage, Benchmark.round(nanos / 1e6 / n)));
      lifecycle.put("msPerLifecycleByStage", perStage);
      step.put("lifecycle", lifecycle);
      step.put("bare", baseline);
      double ratio = median(lifecycle) / median(baseline);
      step.put("costRatioLifecycleToBare", Benchmark.round(ratio));
      step.put("costRatioOfMeans", Benchmark.round(
          (double) lifecycle.get("msPerInstance") / (double) baseline.get("msPerInstance")));
      step.put("engineCommandRatio", Benchmark.round(
          ((Number) lifecycle.get("engineCommandsPerInstance")).doubleValue()
              / ((Number) baseline.get("engineCommandsPerInstance")).doubleValue()));
      Benchmark.log("n=" + n + ": lifecycle " + median(lifecycle) + " ms, bare " + median(baseline)
          + " ms (medians), ratio " + Benchmark.round(ratio));
      steps.add(step);
    }
    result.put("steps", steps);
    return result;
  }

  private Map<String, Object> measure(int n, LongSupplier one) {
    Map<String, Long> rowsBefore = BenchDatabase.insertedRows(jdbc);
    long commitsBefore = BenchDatabase.committedTransactions(jdbc);
    meter.reset();
    List<Long> each = new ArrayList<>(n);
    long started = System.nanoTime();
    for (int i = 0; i < n; i++) {
      long instanceStarted = System.nanoTime();
      one.getAsLong();
      each.add(System.nanoTime() - instanceStarted);
    }
    long nanos = System.nanoTime() - started;
    EngineMeter.Snapshot engineFigures = meter.snapshot();
    Map<String, Long> rowsAfter = BenchDatabase.insertedRows(jdbc);
    // The statistics query's own transactions are counted too: a handful against thousands.
    long commits = BenchDatabase.committedTransactions(jdbc) - commitsBefore;
    double seconds = nanos / 1e9;
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("instances", n);
    figures.put("seconds", Benchmark.round(seconds));
    figures.put("instancesPerSecond", Benchmark.round(n / seconds));
    figures.put("msPerInstance", Benchmark.round(nanos / 1e6 / n));
    // The median resists the bursts other work on a shared machine causes; the headline ratio uses it.
    figures.put("instance", Samples.of(each).summary());
    figures.put("engineCommandsPerInstance", Benchmark.round((double) engineFigures.commands() / n));
    figures.put("engineCommandsPerSecond", Benchmark.round(engineFigures.commands() / seconds));
    figures.put("dbCommitsPerInstance", Benchmark.round((double) commits / n));
    figures.put("dbCommitsPerSecond", Benchmark.round(commits / seconds));
    figures.put("taskCompletion", engineFigures.completions().summary());
    figures.put("msPerInstanceInEngineCommands", Benchmark.round(engineFigures.commandNanos() / 1e6 / n));
    figures.put("msPerInstanceInProjectDelegates", Benchmark.round(engineFigures.delegateNanos() / 1e6 / n));
    figures.put("delegateCallsPerInstance", Benchmark.round((double) engineFigures.delegateCalls() / n));
    Map<String, Object> commands = new LinkedHashMap<>();
    engineFigures.byCommand().entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(12)
        .forEach(entry -> commands.put(entry.getKey(), Map.of(
            "perInstance", Benchmark.round((double) entry.getValue()[0] / n),
            "msPerInstance", Benchmark.round(entry.getValue()[1] / 1e6 / n))));
    figures.put("topEngineCommands", commands);
    long engineRows = 0;
    long projectRows = 0;
    Map<String, Long> byTable = new LinkedHashMap<>();
    for (Map.Entry<String, Long> entry : rowsAfter.entrySet()) {
      long rows = entry.getValue() - rowsBefore.getOrDefault(entry.getKey(), 0L);
      if (rows == 0) {
        continue;
      }
      byTable.put(entry.getKey(), rows);
      if (entry.getKey().startsWith("act_")) {
        engineRows += rows;
      } else {
        projectRows += rows;
      }
    }
    figures.put("rowsWrittenPerInstance", Benchmark.round((double) (engineRows + projectRows) / n));
    figures.put("engineRowsPerInstance", Benchmark.round((double) engineRows / n));
    figures.put("projectRowsPerInstance", Benchmark.round((double) projectRows / n));
    Map<String, Object> perTable = new LinkedHashMap<>();
    byTable.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .forEach(entry -> perTable.put(entry.getKey(), Benchmark.round((double) entry.getValue() / n)));
    figures.put("rowsInsertedPerInstanceByTable", perTable);
    return figures;
  }

  @SuppressWarnings("unchecked")
  private static double median(Map<String, Object> figures) {
    return (double) ((Map<String, Object>) figures.get("instance")).get("p50Ms");
  }

  private record Held(long meetingId, String applicationId) {}

  /** One whole lifecycle of a work-deployment meeting held today in a benchmark room. */
  private Held holdOne() {
    BenchRooms.Slot slot = rooms.next();
    long started = System.nanoTime();
    Map<String, Object> form = SampleForms.adhocApplication();
    form.put("meetingTitle", "基准测试部署会");
    form.put("plannedStart", MINUTE.format(slot.start()));
    form.put("plannedEnd", MINUTE.format(slot.end()));
    form.put("participants", String.join("、", MeetingDriver.PEOPLE));
    String applicationId = as.call("wangli", () -> engine.getRuntimeService()
        .startProcessInstanceByKey(AdhocVariables.PROCESS_KEY, form)).getId();
    completeOnly(applicationId, "qianjun", Map.of("leaderDecision", "approve"));
    completeOnly(applicationId, "zhouping", Map.of("filingNote", "已备案"));
    long meetingId = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(applicationId).variableName(AdhocVariables.MEETING_ID).singleResult().getValue();
    MeetingRecord meeting = meetings.find(meetingId).orElseThrow();
    started = stage("1 application, approval, filing", started);

    Map<String, Object> needs = new HashMap<>();
    needs.put("important", false);
    needs.put("needsCatering", false);
    needs.put("needsAccommodation", false);
    driver.complete(meeting, "settlePreparation", "zhouping", needs);
    driver.prepare(meeting, slot.room());
    started = stage("2 preparation (venue, notice, materials, budget)", started);
    driver.assignStaff(meeting);
    driver.closeSignIn(meeting);
    started = stage("3 execution (staff, sign-in)", started);
    driver.approveMinutes(meeting, "business", LocalDate.now(BenchRooms.AGENCY).plusMonths(1).toString());
    started = stage("4 minutes", started);
    driver.distributeFollowUpAndPassOn(meeting);
    started = stage("5 distribution, follow-up, passing on", started);
    driver.reimburseAndArchive(meeting);
    stage("6 reimbursement, archive", started);
    MeetingStatus status = meetings.find(meetingId).orElseThrow().status();
    if (status != MeetingStatus.ARCHIVED) {
      throw new IllegalStateException("meeting " + meetingId + " ended " + status + ", not archived");
    }
    return new Held(meetingId, applicationId);
  }

  private long stage(String name, long started) {
    long now = System.nanoTime();
    stageNanos.merge(name, now - started, Long::sum);
    return now;
  }

  private void completeOnly(String instanceId, String user, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
    as.run(user, () -> engine.getTaskService().complete(task.getId(), variables));
  }

  private static Map<String, Object> shapeFigures(LifecycleShape shape) {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("processInstances", shape.processInstances());
    figures.put("userTasks", shape.userTasks());
    figures.put("serviceTasks", shape.serviceTasks());
    figures.put("timersFired", shape.timersFired());
    figures.put("asyncContinuations", shape.asyncContinuations());
    figures.put("activitiesByType", shape.activities());
    figures.put("jobsCreatedByType", shape.jobsCreated());
    figures.put("jobsExecutedByType", shape.jobsExecuted());
    return figures;
  }
}
