package cn.gov.agency.meeting.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The engine and database settings the figures were measured with, for the results file. */
final class EngineSettings {

  private EngineSettings() {}

  static Map<String, Object> describe(ApplicationContext context) {
    ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) context.getBean(ProcessEngine.class)
        .getProcessEngineConfiguration();
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("camundaVersion", ProcessEngine.class.getPackage().getImplementationVersion());
    settings.put("historyLevel", engine.getHistoryLevel().getName());
    settings.put("authorizationEnabled", engine.isAuthorizationEnabled());
    settings.put("authorizationCheckRevokes", engine.getAuthorizationCheckRevokes());
    settings.put("standaloneTasksEnabled", engine.isStandaloneTasksEnabled());
    settings.put("cmmnEnabled", engine.isCmmnEnabled());
    settings.put("jdbcBatchProcessing", engine.isJdbcBatchProcessing());
    settings.put("jobExecutorPreferTimerJobs", engine.isJobExecutorPreferTimerJobs());
    settings.put("jobExecutorAcquireByDueDate", engine.isJobExecutorAcquireByDueDate());
    settings.put("jobExecutorActive", engine.getJobExecutor() != null && engine.getJobExecutor().isActive());
    settings.put("postgres", jdbc.queryForObject("select version()", String.class));
    for (String name : new String[] {"shared_buffers", "fsync", "synchronous_commit", "autovacuum", "work_mem"}) {
      settings.put("postgres." + name, jdbc.queryForObject("select current_setting(?)", String.class, name));
    }
    settings.put("connectionPool", context.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size"));
    return settings;
  }
}
