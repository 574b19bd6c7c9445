package cn.gov.agency.meeting.engine;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * A person's input mistake is not a failure of the server: the engine logs every exception that
 * leaves a command as an ERROR with its whole stack (ENGINE-16004, some 230 lines), and a refused
 * form is one such exception. Here it becomes one WARN line naming the rule; every other exception
 * is logged as before.
 */
@Component
class RejectedInputLog extends TurboFilter implements ApplicationListener<ApplicationReadyEvent> {

  /** Where the engine logs an exception leaving a command (ENGINE-16004). */
  static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(RejectedInputLog.class);

  /** Spring Boot sets logging up anew for each application context: join it once it is ready. */
  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (factory instanceof LoggerContext context && !context.getTurboFilterList().contains(this)) {
      context.addTurboFilter(this);
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
      Throwable thrown) {
    if (level == null || !level.isGreaterOrEqual(Level.ERROR) || !ENGINE_CONTEXT_LOGGER.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    // The engine's logger passes the exception as the last parameter, not as a throwable of its own.
    Object last = params == null || params.length == 0 ? null : params[params.length - 1];
    RejectedProcessInput refusal = refusalIn(thrown != null ? thrown : last instanceof Throwable t ? t : null);
    if (refusal == null) {
      return FilterReply.NEUTRAL;
    }
    LOG.warn("Input refused: {}", refusal.getMessage());
    return FilterReply.DENY;
  }

  private static RejectedProcessInput refusalIn(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof RejectedProcessInput refusal) {
        return refusal;
      }
    }
    return null;
  }
}
