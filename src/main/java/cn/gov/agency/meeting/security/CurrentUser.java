package cn.gov.agency.meeting.security;

import java.util.List;

/** The person behind a request to the project's own API and pages, with their Camunda groups. */
public record CurrentUser(String userId, List<String> groupIds) {

  public CurrentUser {
    groupIds = List.copyOf(groupIds);
  }

  public boolean isIn(String groupId) {
    return groupIds.contains(groupId);
  }
}
