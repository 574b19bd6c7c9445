package cn.gov.agency.meeting.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A refused form costs the log one WARN line; a real failure keeps its ERROR and stack. */
class RejectedInputLogTest {

  private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
  private final RejectedInputLog filter = new RejectedInputLog();
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final Logger engine = context.getLogger(RejectedInputLog.ENGINE_CONTEXT_LOGGER);

  @BeforeEach
  void listen() {
    filter.onApplicationEvent(null);
    appender.start();
    root.addAppender(appender);
  }

  @AfterEach
  void stopListening() {
    root.detachAppender(appender);
    context.getTurboFilterList().remove(filter);
  }

  @Test
  void aRefusedFormIsOneWarningLineNamingTheRule() {
    RejectedProcessInput refusal = new RejectedProcessInput(
        InvalidInputException.of("临时会议申请", new Violation("place", "会议地点", "required", "必须填写")));
    engine.error("ENGINE-16004 Exception while closing command context: {}", refusal.getMessage(),
        new ProcessEngineException("wrapped", refusal));

    assertThat(appender.list).hasSize(1);
    ILoggingEvent line = appender.list.get(0);
    assertThat(line.getLevel()).isEqualTo(Level.WARN);
    assertThat(line.getFormattedMessage()).contains("临时会议申请未通过校验：会议地点");
    assertThat(line.getThrowableProxy()).as("no stack trace").isNull();
  }

  @Test
  void otherFailuresAreLoggedAsBefore() {
    engine.error("ENGINE-16004 Exception while closing command context: {}", "broken",
        new ProcessEngineException("broken"));

    assertThat(appender.list).singleElement().satisfies(line -> {
      assertThat(line.getLevel()).isEqualTo(Level.ERROR);
      assertThat(line.getThrowableProxy()).isNotNull();
    });
  }

  @Test
  void onlyOnceHowOftenTheApplicationStarts() {
    filter.onApplicationEvent(null);
    assertThat(context.getTurboFilterList().stream().filter(f -> f == filter)).hasSize(1);
  }
}
