package cn.gov.agency.meeting.login;

import cn.gov.agency.meeting.engine.EngineCommandFields;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every password check — the webapps' login, HTTP Basic on {@code /engine-rest}, {@code /api} and
 * {@code /app} — is the engine's {@code CheckPassword} command, so the {@link LoginThrottle} sits
 * there, in front of all of them. The source address is the HTTP request's (Spring keeps it for the
 * thread); a check outside a request counts as from {@code local}.
 */
@Component
class PasswordCheckThrottle extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(PasswordCheckThrottle.class);
  private static final String NO_REQUEST = "local";

  private final LoginThrottle throttle;
  private final Clock clock;

  PasswordCheckThrottle(LoginThrottleSettings settings, Clock clock) {
    this.throttle = new LoginThrottle(settings);
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new Interceptor());
  }

  private final class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (!(command instanceof CheckPassword)) {
        return next.execute(command);
      }
      String userId = EngineCommandFields.text(command, "userId");
      String address = sourceAddress();
      Optional<Duration> wait = throttle.waitFor(userId, address, clock.instant());
      if (wait.isPresent()) {
        LOG.info("login attempt from {} refused unchecked: {} s of its delay left", address, wait.get().toSeconds());
        @SuppressWarnings("unchecked")
        T refused = (T) Boolean.FALSE;
        return refused;
      }
      T result = next.execute(command);
      if (Boolean.TRUE.equals(result)) {
        throttle.succeeded(userId, address);
      } else {
        throttle.failed(userId, address, clock.instant());
      }
      return result;
    }
  }

  private static String sourceAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      return request.getRemoteAddr();
    }
    return NO_REQUEST;
  }
}
