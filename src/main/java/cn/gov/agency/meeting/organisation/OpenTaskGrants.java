package cn.gov.agency.meeting.organisation;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tasks opened before candidates got TASK_WORK instead of UPDATE ({@code defaultUserPermissionNameForTask})
 * still carry the engine's old per-task grant READ + UPDATE for their candidates and assignee: narrow
 * those to READ + TASK_WORK, so that nobody keeps rights on old work that new work no longer gives.
 * Grants an administrator set by hand (any other combination) are left as they are. One statement;
 * nothing to do after the first start.
 */
@Component
class OpenTaskGrants {

  private static final Logger log = LoggerFactory.getLogger(OpenTaskGrants.class);

  private final JdbcTemplate jdbc;
  private final ProcessEngineConfigurationImpl engine;

  OpenTaskGrants(JdbcTemplate jdbc, @Lazy ProcessEngineConfigurationImpl engine) {
    this.jdbc = jdbc;
    this.engine = engine;
  }

  void narrow() {
    int old = Permissions.READ.getValue() | Permissions.UPDATE.getValue();
    int narrowed = Permissions.READ.getValue() | TaskPermissions.TASK_WORK.getValue();
    int changed = jdbc.update("update " + engine.getDatabaseTablePrefix() + "ACT_RU_AUTHORIZATION set PERMS_ = ?, "
            + "REV_ = REV_ + 1 where TYPE_ = ? and RESOURCE_TYPE_ = ? and RESOURCE_ID_ <> '*' and PERMS_ = ?",
        narrowed, Authorization.AUTH_TYPE_GRANT, Resources.TASK.resourceType(), old);
    if (changed > 0) {
      log.info("Narrowed {} grants on open tasks from READ+UPDATE to READ+TASK_WORK", changed);
    }
  }
}
