package cn.gov.agency.meeting.organisation;

import cn.gov.agency.meeting.organisation.OrganisationSeed.PersonSeed;
import cn.gov.agency.meeting.organisation.OrganisationSeed.RoleDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Mirrors the organisation file into Camunda's identity service, so Camunda Admin and the
 * engine's authorization checks see the same people and roles. Only what the file declares is
 * managed: users and groups created by an administrator in Camunda Admin are left alone.
 */
@Component
class IdentitySync {

  /** Admin shows a group's type as it is written: the administrator reads Chinese. */
  static final String GLOBAL_ROLE_TYPE = "角色";
  static final String DEPARTMENT_ROLE_TYPE = "部门角色";

  private final IdentityService identityService;
  private final boolean createDemoPasswords;

  IdentitySync(
      IdentityService identityService,
      @Value("${meeting.organisation.create-demo-passwords:false}") boolean createDemoPasswords) {
    this.identityService = identityService;
    this.createDemoPasswords = createDemoPasswords;
  }

  void synchronise(OrganisationSeed seed, RoleCatalogue catalogue) {
    for (RoleDefinition role : catalogue.roles()) {
      for (String groupId : catalogue.groupIdsOf(role)) {
        saveGroup(groupId, groupName(role, groupId, seed), role.scope() == OrganisationSeed.Scope.GLOBAL
            ? GLOBAL_ROLE_TYPE : DEPARTMENT_ROLE_TYPE);
      }
    }
    Set<String> managedGroups = catalogue.allGroupIds();
    for (PersonSeed person : seed.people()) {
      saveUser(person);
      Set<String> wanted = new HashSet<>(catalogue.groupIdsOf(person));
      Set<String> current = identityService.createGroupQuery().groupMember(person.id()).list()
          .stream().map(Group::getId).collect(Collectors.toSet());
      for (String groupId : wanted) {
        if (!current.contains(groupId)) {
          identityService.createMembership(person.id(), groupId);
        }
      }
      for (String groupId : current) {
        if (managedGroups.contains(groupId) && !wanted.contains(groupId)) {
          identityService.deleteMembership(person.id(), groupId);
        }
      }
    }
  }

  private static String groupName(RoleDefinition role, String groupId, OrganisationSeed seed) {
    if (role.scope() == OrganisationSeed.Scope.GLOBAL) {
      return role.name();
    }
    String departmentCode = groupId.substring(role.id().length() + 1);
    String departmentName = seed.departments().stream()
        .filter(d -> d.code().equals(departmentCode)).findFirst()
        .map(OrganisationSeed.DepartmentSeed::name).orElse(departmentCode);
    return role.name() + "·" + departmentName;
  }

  private void saveGroup(String id, String name, String type) {
    Group group = identityService.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identityService.newGroup(id);
    } else if (name.equals(group.getName()) && type.equals(group.getType())) {
      return;
    }
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
  }

  private void saveUser(PersonSeed person) {
    User user = identityService.createUserQuery().userId(person.id()).singleResult();
    boolean isNew = user == null;
    if (isNew) {
      user = identityService.newUser(person.id());
    } else if (sameProfile(user, person)) {
      return;
    }
    // Admin's 名 and 姓 are Camunda's firstName and lastName. The webapps join them given name
    // first; scripts/meeting-webapps.js shows the logged-in person family name first (王丽).
    user.setFirstName(person.givenName());
    user.setLastName(person.familyName());
    user.setEmail(person.email());
    if (isNew && createDemoPasswords && person.password() != null) {
      user.setPassword(person.password());
    }
    identityService.saveUser(user);
  }

  private static boolean sameProfile(User user, PersonSeed person) {
    return List.of(person.givenName(), person.familyName(), Objects.toString(person.email(), ""))
        .equals(List.of(Objects.toString(user.getFirstName(), ""), Objects.toString(user.getLastName(), ""),
            Objects.toString(user.getEmail(), "")));
  }
}
