package cn.gov.agency.meeting.bench;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the benchmark adds to the real application context: its meter and the bare baseline's no-op step. */
@Configuration(proxyBeanMethods = false)
class BenchConfiguration {

  @Bean
  EngineMeter engineMeter() {
    return new EngineMeter();
  }

  @Bean
  JavaDelegate benchNoOp() {
    return execution -> { };
  }
}
