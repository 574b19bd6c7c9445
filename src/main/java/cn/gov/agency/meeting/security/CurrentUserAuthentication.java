package cn.gov.agency.meeting.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A person Camunda's identity service vouched for, as Spring Security sees them: the principal is
 * the {@link CurrentUser} controllers take, the authorities are the person's Camunda group ids
 * (so {@code hasAuthority("camunda-admin")} means "member of camunda-admin"). Both doors — HTTP
 * Basic and the webapps' session — end in this one kind of authentication. It holds no password.
 */
final class CurrentUserAuthentication extends AbstractAuthenticationToken {

  private final transient CurrentUser user;

  CurrentUserAuthentication(CurrentUser user) {
    super(user.groupIds().stream().map(SimpleGrantedAuthority::new).toList());
    this.user = user;
    setAuthenticated(true);
  }

  @Override
  public CurrentUser getPrincipal() {
    return user;
  }

  @Override
  public Object getCredentials() {
    return null;
  }

  @Override
  public String getName() {
    return user.userId();
  }
}
