package cn.gov.agency.meeting.clash;

import cn.gov.agency.meeting.security.CurrentUser;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** Group memberships as the engine holds them (synchronised from the organisation file). */
@Component
class CamundaViewerLookup implements ViewerLookup {

  private final IdentityService identityService;

  CamundaViewerLookup(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Optional<CurrentUser> viewer(String userId) {
    if (userId == null) {
      return Optional.empty();
    }
    return Optional.of(new CurrentUser(userId,
        identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList()));
  }
}
