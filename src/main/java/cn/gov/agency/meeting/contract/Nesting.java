package cn.gov.agency.meeting.contract;

import java.lang.ref.WeakReference;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Tells a person's own command from the commands the engine and the application run inside it
 * (delegates, listeners, a new transaction for an id block, the context's closing work): only the
 * first command of a thread's outermost command context is the person's request.
 */
final class Nesting {

  private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
  /** Weak: a finished context must not be kept alive by an idle thread. */
  private final ThreadLocal<WeakReference<CommandContext>> outermost = new ThreadLocal<>();

  boolean insideInspected(CommandContext context) {
    WeakReference<CommandContext> last = outermost.get();
    return depth.get() > 0 || last != null && last.get() == context;
  }

  <T> T within(CommandContext context, Supplier<T> command) {
    outermost.set(new WeakReference<>(context));
    depth.set(depth.get() + 1);
    try {
      return command.get();
    } finally {
      depth.set(depth.get() - 1);
    }
  }
}
