package cn.gov.agency.meeting.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;

/**
 * Counts what the engine does while the benchmark drives it: outermost commands (each one its own
 * transaction unless an application transaction surrounds it) by command class, the wall time of
 * every task completion, and the time spent in the project's delegates and listeners (the
 * outermost invocation only, so a delegate that calls the engine is not counted twice).
 */
public final class EngineMeter extends AbstractProcessEnginePlugin {

  private final ThreadLocal<int[]> commandDepth = ThreadLocal.withInitial(() -> new int[1]);
  private final ThreadLocal<int[]> delegateDepth = ThreadLocal.withInitial(() -> new int[1]);
  private final LongAdder commands = new LongAdder();
  private final LongAdder commandNanos = new LongAdder();
  private final LongAdder delegateNanos = new LongAdder();
  private final LongAdder delegateCalls = new LongAdder();
  private final Map<String, long[]> byCommand = new ConcurrentHashMap<>();
  private final List<Long> completions = new ArrayList<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> pre = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    pre.add(0, new Counting());
    configuration.setCustomPreCommandInterceptorsTxRequired(pre);
    DelegateInterceptor delegates = configuration.getDelegateInterceptor() == null
        ? new DefaultDelegateInterceptor() : configuration.getDelegateInterceptor();
    configuration.setDelegateInterceptor(invocation -> timeDelegate(delegates, invocation));
  }

  /** Starts a new measurement window. */
  public synchronized void reset() {
    commands.reset();
    commandNanos.reset();
    delegateNanos.reset();
    delegateCalls.reset();
    byCommand.clear();
    completions.clear();
  }

  public synchronized Snapshot snapshot() {
    return new Snapshot(commands.sum(), commandNanos.sum(), delegateCalls.sum(), delegateNanos.sum(),
        Samples.of(new ArrayList<>(completions)), Map.copyOf(byCommandCopy()));
  }

  private Map<String, long[]> byCommandCopy() {
    Map<String, long[]> copy = new java.util.TreeMap<>();
    byCommand.forEach((name, counts) -> copy.put(name, counts.clone()));
    return copy;
  }

  private void timeDelegate(DelegateInterceptor delegates, DelegateInvocation invocation) throws Exception {
    int[] depth = delegateDepth.get();
    boolean outermost = depth[0]++ == 0;
    long started = System.nanoTime();
    try {
      delegates.handleInvocation(invocation);
    } finally {
      depth[0]--;
      if (outermost && invocation.getContextExecution() instanceof DelegateExecution) {
        delegateCalls.increment();
        delegateNanos.add(System.nanoTime() - started);
      }
    }
  }

  private synchronized void completed(long nanos) {
    completions.add(nanos);
  }

  private final class Counting extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      int[] depth = commandDepth.get();
      boolean outermost = depth[0]++ == 0;
      long started = System.nanoTime();
      try {
        return next.execute(command);
      } finally {
        depth[0]--;
        if (outermost) {
          long nanos = System.nanoTime() - started;
          commands.increment();
          commandNanos.add(nanos);
          long[] counts = byCommand.computeIfAbsent(command.getClass().getSimpleName(), name -> new long[2]);
          synchronized (counts) {
            counts[0]++;
            counts[1] += nanos;
          }
          if (command instanceof CompleteTaskCmd) {
            completed(nanos);
          }
        }
      }
    }
  }

  /** {@code byCommand}: class name → [count, nanoseconds]. */
  public record Snapshot(long commands, long commandNanos, long delegateCalls, long delegateNanos,
      Samples completions, Map<String, long[]> byCommand) {}
}
