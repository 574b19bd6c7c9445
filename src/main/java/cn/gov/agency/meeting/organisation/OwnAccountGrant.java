package cn.gov.agency.meeting.organisation;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

/**
 * What a person may do to their own account: read it and change its password (UPDATE; the input
 * guard lets a person's update through only when names and e-mail stay those of the organisation
 * file). Camunda's default grants ALL, which would let everyone rename or delete themselves.
 */
@Component
class OwnAccountGrant extends AbstractProcessEnginePlugin {

  static final Permission[] PERMISSIONS = {READ, UPDATE};

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
      @Override
      public AuthorizationEntity[] newUser(User user) {
        AuthorizationEntity[] grants = super.newUser(user);
        for (AuthorizationEntity grant : grants) {
          grant.setPermissions(PERMISSIONS);
        }
        return grants;
      }
    });
  }
}
