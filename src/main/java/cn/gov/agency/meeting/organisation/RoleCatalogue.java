package cn.gov.agency.meeting.organisation;

import cn.gov.agency.meeting.organisation.OrganisationSeed.PersonSeed;
import cn.gov.agency.meeting.organisation.OrganisationSeed.RoleDefinition;
import cn.gov.agency.meeting.organisation.OrganisationSeed.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The roles of the regulation as Camunda groups: a global role is one group named like the role,
 * a department role is one group per department, {@code <role>-<department>}.
 */
public final class RoleCatalogue {

  private final Map<String, RoleDefinition> roles = new LinkedHashMap<>();
  private final List<String> departmentCodes;

  public RoleCatalogue(OrganisationSeed seed) {
    seed.roles().forEach(role -> roles.put(role.id(), role));
    this.departmentCodes = seed.departments().stream().map(OrganisationSeed.DepartmentSeed::code).toList();
  }

  public List<RoleDefinition> roles() {
    return List.copyOf(roles.values());
  }

  public Optional<RoleDefinition> role(String id) {
    return Optional.ofNullable(roles.get(id));
  }

  public static String departmentGroupId(String roleId, String departmentCode) {
    return roleId + "-" + departmentCode;
  }

  /** Every group a role stands for: one for a global role, one per department otherwise. */
  public List<String> groupIdsOf(RoleDefinition role) {
    if (role.scope() == Scope.GLOBAL) {
      return List.of(role.id());
    }
    return departmentCodes.stream().map(code -> departmentGroupId(role.id(), code)).toList();
  }

  public Set<String> allGroupIds() {
    Set<String> ids = new LinkedHashSet<>();
    roles.values().forEach(role -> ids.addAll(groupIdsOf(role)));
    return ids;
  }

  /** The groups a person belongs to: the everyone-roles, global roles, and department roles. */
  public List<String> groupIdsOf(PersonSeed person) {
    List<String> ids = new ArrayList<>();
    roles.values().stream().filter(RoleDefinition::everyone).forEach(role -> ids.add(role.id()));
    for (String roleId : person.roles()) {
      RoleDefinition role = roles.get(roleId);
      if (role.scope() == Scope.GLOBAL) {
        ids.add(role.id());
      } else if ("leader".equals(role.id())) {
        person.leads().forEach(code -> ids.add(departmentGroupId(role.id(), code)));
      } else {
        ids.add(departmentGroupId(role.id(), person.department()));
      }
    }
    return ids;
  }

  /**
   * Whether a literal BPMN candidate-group entry names a role: a global role or a department group.
   * A department role is routed by the record a process is bound to ({@code routing/TaskRouting}),
   * never by a process variable ({@code head-${hostDepartment}}), which a person could have sent.
   */
  public boolean isKnownCandidateGroup(String entry) {
    return allGroupIds().contains(entry.trim());
  }
}
