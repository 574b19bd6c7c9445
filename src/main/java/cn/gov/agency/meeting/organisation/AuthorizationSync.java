package cn.gov.agency.meeting.organisation;

import cn.gov.agency.meeting.organisation.OrganisationSeed.GrantDefinition;
import cn.gov.agency.meeting.organisation.OrganisationSeed.RoleDefinition;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.springframework.stereotype.Component;

/** Grants each role's group exactly the permissions the organisation file lists for it. */
@Component
class AuthorizationSync {

  private final AuthorizationService authorizationService;

  AuthorizationSync(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  void synchronise(RoleCatalogue catalogue) {
    for (RoleDefinition role : catalogue.roles()) {
      for (String groupId : catalogue.groupIdsOf(role)) {
        for (GrantDefinition grant : role.grants()) {
          grantToGroup(groupId, grant);
        }
        if (role.administrator()) {
          // Admin membership alone does not open Cockpit and Admin nor show everything in them:
          // administrators get ALL everywhere, as Camunda's own admin set-up grants it.
          for (Resources resource : Resources.values()) {
            ensureGrant(resource, "*", groupId, null, Permissions.ALL);
          }
        }
      }
    }
  }

  private void grantToGroup(String groupId, GrantDefinition grant) {
    Resource resource = resource(grant.resource());
    Permission[] permissions = grant.permissions().stream()
        .map(name -> permission(name, resource))
        .toArray(Permission[]::new);
    ensureGrant(resource, grant.resourceId(), groupId, null, permissions);
  }

  /** Adds the permissions to the group's (or user's) grant on that resource, creating it if needed. */
  void ensureGrant(Resource resource, String resourceId, String groupId, String userId,
      Permission... permissions) {
    var query = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(resource)
        .resourceId(resourceId);
    Authorization authorization = (groupId != null ? query.groupIdIn(groupId) : query.userIdIn(userId))
        .list().stream().findFirst().orElse(null);
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      if (groupId != null) {
        authorization.setGroupId(groupId);
      } else {
        authorization.setUserId(userId);
      }
    } else if (hasAll(authorization, permissions)) {
      return;
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }

  private static boolean hasAll(Authorization authorization, Permission[] permissions) {
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        return false;
      }
    }
    return true;
  }

  private static Resource resource(String name) {
    try {
      return Resources.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("Organisation file grants on unknown resource " + name, e);
    }
  }

  private static Permission permission(String name, Resource resource) {
    Permission permission = ResourceTypeUtil.getPermissionByNameAndResourceType(name, resource.resourceType());
    if (permission == null) {
      throw new IllegalStateException(
          "Organisation file grants unknown permission " + name + " on " + resource.resourceName());
    }
    return permission;
  }
}
