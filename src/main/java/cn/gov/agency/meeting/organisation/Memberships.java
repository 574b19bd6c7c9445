package cn.gov.agency.meeting.organisation;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** The Camunda groups (roles) of a person who is not the one logged in — a recipient, an assignee. */
@Component
public class Memberships {

  private final IdentityService identityService;

  Memberships(IdentityService identityService) {
    this.identityService = identityService;
  }

  public List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }
}
