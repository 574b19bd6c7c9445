package cn.gov.agency.meeting.plan;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The leadership team as the engine holds the group (synchronised from the organisation file). */
@Component
class CamundaLeadershipTeam implements LeadershipTeam {

  static final String GROUP = "leadership";

  private final IdentityService identityService;

  CamundaLeadershipTeam(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public List<String> members() {
    return identityService.createUserQuery().memberOfGroup(GROUP).orderByUserId().asc().list().stream()
        .map(User::getId).toList();
  }
}
