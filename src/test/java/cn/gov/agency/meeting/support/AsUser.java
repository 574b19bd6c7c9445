package cn.gov.agency.meeting.support;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/** Runs engine calls as a demo user with their real groups, so authorization checks apply. */
public final class AsUser {

  private final IdentityService identityService;

  public AsUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T call(String userId, Supplier<T> action) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list()
        .stream().map(Group::getId).toList();
    identityService.setAuthentication(userId, groups);
    try {
      return action.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  public void run(String userId, Runnable action) {
    call(userId, () -> {
      action.run();
      return null;
    });
  }
}
