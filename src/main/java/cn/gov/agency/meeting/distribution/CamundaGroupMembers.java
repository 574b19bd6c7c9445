package cn.gov.agency.meeting.distribution;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Group memberships as the engine holds them (synchronised from the organisation file). */
@Component
class CamundaGroupMembers implements GroupMembers {

  private final IdentityService identityService;

  CamundaGroupMembers(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public List<String> membersOf(String groupId) {
    return identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
        .map(User::getId).toList();
  }

  @Override
  public List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }
}
