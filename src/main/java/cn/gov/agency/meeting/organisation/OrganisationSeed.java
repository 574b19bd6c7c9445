package cn.gov.agency.meeting.organisation;

import java.util.List;

/** The organisation file as read: roles with their grants, inboxes, departments and people. */
public record OrganisationSeed(
    List<RoleDefinition> roles,
    List<InboxDefinition> inboxes,
    List<InboxColumn> inboxColumns,
    List<DepartmentSeed> departments,
    List<PersonSeed> people) {

  public OrganisationSeed {
    roles = roles == null ? List.of() : List.copyOf(roles);
    inboxes = inboxes == null ? List.of() : List.copyOf(inboxes);
    inboxColumns = inboxColumns == null ? List.of() : List.copyOf(inboxColumns);
    departments = departments == null ? List.of() : List.copyOf(departments);
    people = people == null ? List.of() : List.copyOf(people);
  }

  public enum Scope { GLOBAL, DEPARTMENT }

  /** How an inbox definition expands into Tasklist filters. */
  public enum InboxExpansion { ROLE, DEPARTMENT, PERSON }

  /** {@code administrator}: the role's group gets every permission on every resource. */
  public record RoleDefinition(
      String id, String name, String description, Scope scope, boolean everyone, boolean administrator,
      List<GrantDefinition> grants) {
    public RoleDefinition {
      grants = grants == null ? List.of() : List.copyOf(grants);
    }
  }

  public record GrantDefinition(String resource, String resourceId, List<String> permissions) {
    public GrantDefinition {
      permissions = permissions == null ? List.of() : List.copyOf(permissions);
    }
  }

  public record InboxDefinition(
      String key, String name, String description, String role, InboxExpansion per,
      boolean assignedToMe, boolean allTasks, int priority) {}

  /** A process variable every inbox shows as a column in Tasklist. */
  public record InboxColumn(String variable, String label) {}

  public record DepartmentSeed(String code, String name) {}

  public record PersonSeed(
      String id, String familyName, String givenName, String department, String position,
      String gender, String phone, String email, int rank, List<String> roles, List<String> leads,
      String password) {
    public PersonSeed {
      roles = roles == null ? List.of() : List.copyOf(roles);
      leads = leads == null ? List.of() : List.copyOf(leads);
    }

    public String fullName() {
      return familyName + givenName;
    }
  }
}
