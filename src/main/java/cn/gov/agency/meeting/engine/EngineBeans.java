package cn.gov.agency.meeting.engine;

import java.time.Clock;
import java.time.ZoneId;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class EngineBeans {

  /** For reading configuration tables; the process engine's own DMN engine is set up for deployments. */
  @Bean
  DmnEngine standaloneDmnEngine() {
    return DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  }

  /** The agency's wall clock: meeting times are local times in this zone. */
  @Bean
  Clock agencyClock(@Value("${meeting.time-zone:Asia/Shanghai}") String zone) {
    return Clock.system(ZoneId.of(zone));
  }
}
