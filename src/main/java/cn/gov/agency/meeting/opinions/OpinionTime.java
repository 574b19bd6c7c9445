package cn.gov.agency.meeting.opinions;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The engine's time in the agency's zone: a step happens when the engine runs it, so whether an
 * answer was reported in time agrees with the timers that declare it overdue.
 */
@Component
class OpinionTime {

  private final Clock clock;

  OpinionTime(Clock clock) {
    this.clock = clock;
  }

  LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), clock.getZone());
  }

  Date date(LocalDateTime time) {
    return Date.from(time.atZone(clock.getZone()).toInstant());
  }
}
