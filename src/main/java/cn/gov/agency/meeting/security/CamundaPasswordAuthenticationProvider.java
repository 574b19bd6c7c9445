package cn.gov.agency.meeting.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * HTTP Basic passwords, checked by Camunda's identity service and nowhere else: the engine's
 * {@code CheckPassword} command is where wrong passwords are throttled (per user and source
 * address), so this provider adds no lock-out or delay of its own and never compares a hash itself.
 */
final class CamundaPasswordAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;

  CamundaPasswordAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication login) {
    String userId = login.getName();
    String password = login.getCredentials() == null ? "" : login.getCredentials().toString();
    if (!identityService.checkPassword(userId, password)) {
      throw new BadCredentialsException("wrong user id or password");
    }
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list()
        .stream().map(Group::getId).toList();
    return new CurrentUserAuthentication(new CurrentUser(userId, groups));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
