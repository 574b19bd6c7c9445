package cn.gov.agency.meeting.organisation;

import cn.gov.agency.meeting.organisation.OrganisationSeed.InboxDefinition;
import cn.gov.agency.meeting.organisation.OrganisationSeed.PersonSeed;
import cn.gov.agency.meeting.organisation.OrganisationSeed.RoleDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Turns each inbox definition into Tasklist filters, each readable only by its audience. Filters
 * carry their origin in the property {@value #ORIGIN}; those the file no longer produces are removed,
 * filters an administrator made by hand are left alone.
 */
@Component
class InboxFilterSync {

  static final String ORIGIN = "meetingInbox";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationSync authorizationSync;

  InboxFilterSync(FilterService filterService, TaskService taskService, AuthorizationSync authorizationSync) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationSync = authorizationSync;
  }

  void synchronise(OrganisationSeed seed, RoleCatalogue catalogue) {
    Map<String, Filter> existing = new HashMap<>();
    for (Filter filter : filterService.createTaskFilterQuery().list()) {
      Object origin = filter.getProperties() == null ? null : filter.getProperties().get(ORIGIN);
      if (origin != null) {
        existing.put(origin.toString(), filter);
      }
    }
    for (PlannedFilter planned : plan(seed, catalogue)) {
      Filter filter = existing.remove(planned.origin());
      if (filter == null) {
        filter = filterService.newTaskFilter();
      }
      filter.setName(planned.name());
      filter.setProperties(properties(planned, seed));
      filter.setQuery(planned.query());
      filterService.saveFilter(filter);
      authorizationSync.grantExactly(Resources.FILTER, filter.getId(), planned.audienceGroup(),
          planned.audienceUser(), Set.of(Permissions.READ));
    }
    existing.values().forEach(stale -> filterService.deleteFilter(stale.getId()));
  }

  private List<PlannedFilter> plan(OrganisationSeed seed, RoleCatalogue catalogue) {
    List<PlannedFilter> planned = new ArrayList<>();
    for (InboxDefinition inbox : seed.inboxes()) {
      RoleDefinition role = catalogue.role(inbox.role()).orElseThrow();
      switch (inbox.per()) {
        case ROLE -> catalogue.groupIdsOf(role).forEach(group ->
            planned.add(new PlannedFilter(inbox.key() + ":" + group, inbox, null, group, null,
                query(inbox, List.of(group)))));
        case DEPARTMENT -> seed.departments().forEach(department -> {
          String group = RoleCatalogue.departmentGroupId(role.id(), department.code());
          planned.add(new PlannedFilter(inbox.key() + ":" + group, inbox, department.name(), group, null,
              query(inbox, List.of(group))));
        });
        case PERSON -> {
          for (PersonSeed person : seed.people()) {
            List<String> groups = catalogue.groupIdsOf(person).stream()
                .filter(group -> catalogue.groupIdsOf(role).contains(group)).toList();
            if (!groups.isEmpty()) {
              planned.add(new PlannedFilter(inbox.key() + ":" + person.id(), inbox, person.fullName(), null,
                  person.id(), query(inbox, groups)));
            }
          }
        }
      }
    }
    return planned;
  }

  private TaskQuery query(InboxDefinition inbox, List<String> candidateGroups) {
    TaskQuery query = taskService.createTaskQuery();
    if (inbox.assignedToMe()) {
      query.taskAssigneeExpression("${currentUser()}");
    } else if (!inbox.allTasks()) {
      query.taskCandidateGroupIn(candidateGroups).includeAssignedTasks();
    }
    // What is due first comes first (every task has a due date); of those due alike, the older one.
    // Tasklist appends its own sort order behind this one.
    return query.orderByDueDate().asc().orderByTaskCreateTime().asc();
  }

  private static Map<String, Object> properties(PlannedFilter planned, OrganisationSeed seed) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(ORIGIN, planned.origin());
    properties.put("description", planned.scope() == null ? planned.inbox().description()
        : planned.inbox().description() + "（" + planned.scope() + "）");
    properties.put("priority", planned.inbox().priority());
    properties.put("refresh", true);
    properties.put("variables", seed.inboxColumns().stream()
        .map(column -> Map.of("name", InboxColumns.taskVariable(column.variable()), "label", column.label()))
        .toList());
    return properties;
  }

  /**
   * {@code scope}: the department or person a per-department or per-person filter is for. It is part
   * of the name: an administrator, who sees every filter, would otherwise see six 本部门待办.
   */
  private record PlannedFilter(String origin, InboxDefinition inbox, String scope, String audienceGroup,
      String audienceUser, TaskQuery query) {
    String name() {
      return scope == null ? inbox.name() : inbox.name() + "（" + scope + "）";
    }
  }
}
