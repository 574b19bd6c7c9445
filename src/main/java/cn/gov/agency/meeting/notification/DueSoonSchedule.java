package cn.gov.agency.meeting.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link DueSoonSweep} on the nodes that run background work, i.e. where the job executor is
 * on (process tests switch it off and drive the sweep themselves).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "camunda.bpm.job-execution.enabled", havingValue = "true", matchIfMissing = true)
class DueSoonSchedule {

  private final DueSoonSweep sweep;

  DueSoonSchedule(DueSoonSweep sweep) {
    this.sweep = sweep;
  }

  @Scheduled(initialDelayString = "${meeting.tasks.due-soon-check-every:PT15M}",
      fixedDelayString = "${meeting.tasks.due-soon-check-every:PT15M}")
  void remindDueSoon() {
    sweep.run();
  }
}
