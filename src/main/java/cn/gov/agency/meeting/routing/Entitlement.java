package cn.gov.agency.meeting.routing;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who the record entitles to decide a task, as computed from it now: the members of its candidate
 * groups and its assignee or candidate users. Being able to complete the task in the engine is not
 * enough: an administrator may complete anything, and a task's candidates were fixed when it was
 * created, while the decision is recorded as the decision of whoever completes it.
 */
public record Entitlement(Set<String> groups, Set<String> users) {

  public Entitlement {
    groups = Set.copyOf(groups);
    users = Set.copyOf(users);
  }

  public static Entitlement of(Collection<String> groups, Collection<String> users) {
    return new Entitlement(new LinkedHashSet<>(groups), new LinkedHashSet<>(users));
  }

  /** Whether {@code userId}, a member of {@code memberOf} in the identity service, is entitled. */
  public boolean entitles(String userId, Collection<String> memberOf) {
    return users.contains(userId) || memberOf.stream().anyMatch(groups::contains);
  }

  /** The entitled, for a refusal's message: "leader-policy、qianjun". */
  public String describe() {
    Set<String> all = new LinkedHashSet<>(groups);
    all.addAll(users);
    return all.isEmpty() ? "（无）" : String.join("、", all.stream().sorted().toList());
  }
}
