package cn.gov.agency.meeting.organisation;

import cn.gov.agency.meeting.organisation.OrganisationSeed.GrantDefinition;
import cn.gov.agency.meeting.organisation.OrganisationSeed.PersonSeed;
import cn.gov.agency.meeting.organisation.OrganisationSeed.RoleDefinition;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Grants each role's group exactly the permissions the organisation file lists for it — a grant
 * removed from the file is withdrawn at the next start — and gives each person exactly
 * {@link OwnAccountGrant#PERMISSIONS} on their own account. Grants the engine makes for single
 * tasks, groups and filters (candidate groups, members, inboxes) are not the file's and are left alone.
 */
@Component
class AuthorizationSync {

  private static final Logger log = LoggerFactory.getLogger(AuthorizationSync.class);

  /** Resource types whose grants the file manages for any resource id; others only for "*". */
  private static final Set<Integer> MANAGED_BY_ID = Set.of(Resources.APPLICATION.resourceType(),
      Resources.PROCESS_DEFINITION.resourceType(), Resources.DECISION_DEFINITION.resourceType(),
      Resources.DECISION_REQUIREMENTS_DEFINITION.resourceType());

  private final AuthorizationService authorizationService;

  AuthorizationSync(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  void synchronise(RoleCatalogue catalogue, List<PersonSeed> people) {
    for (RoleDefinition role : catalogue.roles()) {
      Map<Grant, Set<Permission>> wanted = wanted(role);
      for (String groupId : catalogue.groupIdsOf(role)) {
        synchroniseGroup(groupId, wanted);
      }
    }
    for (PersonSeed person : people) {
      grantExactly(Resources.USER, person.id(), null, person.id(), Set.of(OwnAccountGrant.PERMISSIONS));
    }
  }

  private record Grant(Resource resource, String resourceId) {}

  private static Map<Grant, Set<Permission>> wanted(RoleDefinition role) {
    Map<Grant, Set<Permission>> wanted = new LinkedHashMap<>();
    for (GrantDefinition grant : role.grants()) {
      Resource resource = resource(grant.resource());
      Set<Permission> permissions = wanted.computeIfAbsent(new Grant(resource, grant.resourceId()),
          key -> new LinkedHashSet<>());
      grant.permissions().forEach(name -> permissions.add(permission(name, resource)));
    }
    if (role.administrator()) {
      // Admin membership alone does not open Cockpit and Admin nor show everything in them:
      // administrators get ALL everywhere, as Camunda's own admin set-up grants it.
      for (Resources resource : Resources.values()) {
        wanted.put(new Grant(resource, "*"), Set.of(Permissions.ALL));
      }
    }
    return wanted;
  }

  private void synchroniseGroup(String groupId, Map<Grant, Set<Permission>> wanted) {
    wanted.forEach((grant, permissions) -> grantExactly(grant.resource(), grant.resourceId(), groupId, null, permissions));
    for (Authorization existing : authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId).list()) {
      boolean managed = "*".equals(existing.getResourceId()) || MANAGED_BY_ID.contains(existing.getResourceType());
      boolean listed = wanted.keySet().stream().anyMatch(grant -> grant.resource().resourceType()
          == existing.getResourceType() && grant.resourceId().equals(existing.getResourceId()));
      if (managed && !listed) {
        log.info("Withdrawing from {} the grant on resource type {} / {} that the organisation file no longer lists",
            groupId, existing.getResourceType(), existing.getResourceId());
        authorizationService.deleteAuthorization(existing.getId());
      }
    }
  }

  /** Makes the group's (or user's) grant on that resource exactly {@code permissions}. */
  void grantExactly(Resource resource, String resourceId, String groupId, String userId,
      Set<Permission> permissions) {
    var query = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(resource)
        .resourceId(resourceId);
    List<Authorization> found = (groupId != null ? query.groupIdIn(groupId) : query.userIdIn(userId)).list();
    Authorization authorization = found.isEmpty() ? null : found.get(0);
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      if (groupId != null) {
        authorization.setGroupId(groupId);
      } else {
        authorization.setUserId(userId);
      }
    } else if (((AuthorizationEntity) authorization).getPermissions() == mask(permissions)) {
      return;
    }
    authorization.setPermissions(permissions.toArray(Permission[]::new));
    authorizationService.saveAuthorization(authorization);
  }

  private static int mask(Set<Permission> permissions) {
    return permissions.stream().mapToInt(Permission::getValue).reduce(0, (left, right) -> left | right);
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
