package cn.gov.agency.meeting.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLink;

/** Everyone a task is offered to: its candidate users and the members of its candidate groups. */
final class TaskAudience {

  private TaskAudience() {}

  static Set<String> candidates(IdentityService identity, Collection<? extends IdentityLink> links) {
    Set<String> users = new LinkedHashSet<>();
    for (IdentityLink link : links) {
      if (!"candidate".equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        users.add(link.getUserId());
      } else if (link.getGroupId() != null) {
        // Who is told must not depend on what the person causing the task may read.
        Context.getCommandContext().runWithoutAuthorization(() ->
            identity.createUserQuery().memberOfGroup(link.getGroupId()).list())
            .stream().map(User::getId).forEach(users::add);
      }
    }
    return users;
  }
}
