package cn.gov.agency.meeting.security;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person behind a request to the project's own API and pages, with their Camunda groups. */
public record CurrentUser(String userId, List<String> groupIds) {

  public CurrentUser {
    groupIds = List.copyOf(groupIds);
  }

  public boolean isIn(String groupId) {
    return groupIds.contains(groupId);
  }

  public boolean isInAnyStartingWith(String prefix) {
    return groupIds.stream().anyMatch(group -> group.startsWith(prefix));
  }

  /**
   * Who this request is for, where no controller parameter can take it: the shared page layout is
   * also rendered for error pages and the login page, which may have nobody behind them.
   */
  public static Optional<CurrentUser> ofThisRequest() {
    return SecurityContextHolder.getContext().getAuthentication() instanceof CurrentUserAuthentication login
        ? Optional.of(login.getPrincipal()) : Optional.empty();
  }
}
