package cn.gov.agency.meeting.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The application acting with its own authority, after it has made its own checks: engine calls
 * made inside {@link #call} skip the engine's authorization checks and the people's input contract
 * ({@code contract/PeopleCommandGuard}), while the logged-in person stays the one recorded (as
 * initiator, in the history and by {@link Actor}). Code that uses it says why in a comment: no
 * person holds rights on what only the application starts or steers (e.g. {@code meetingLifecycle},
 * {@code budgetAdjustment}), and nothing a person sends through Camunda's interfaces runs here.
 */
@Component
public class ApplicationAuthority {

  private final ProcessEngineConfigurationImpl configuration;

  ApplicationAuthority(@Lazy ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  public <T> T call(Supplier<T> work) {
    return configuration.getCommandExecutorTxRequired().execute(new AsApplication<>(work));
  }

  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }

  /** Whether {@code command} is the application acting with its own authority (not a person's request). */
  public static boolean isApplicationCommand(Command<?> command) {
    return command instanceof AsApplication;
  }

  /** The outer command whose context the engine calls inside {@code work} reuse: authorization checks off. */
  static final class AsApplication<T> implements Command<T> {

    private final Supplier<T> work;

    private AsApplication(Supplier<T> work) {
      this.work = work;
    }

    @Override
    public T execute(CommandContext commandContext) {
      boolean checking = commandContext.isAuthorizationCheckEnabled();
      commandContext.disableAuthorizationCheck();
      try {
        return work.get();
      } finally {
        if (checking) {
          commandContext.enableAuthorizationCheck();
        }
      }
    }
  }
}
