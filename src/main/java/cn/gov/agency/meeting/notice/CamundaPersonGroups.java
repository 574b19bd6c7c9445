package cn.gov.agency.meeting.notice;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** Roles are Camunda groups (organisation.yaml). */
@Component
class CamundaPersonGroups implements PersonGroups {

  private final IdentityService identityService;

  CamundaPersonGroups(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }
}
