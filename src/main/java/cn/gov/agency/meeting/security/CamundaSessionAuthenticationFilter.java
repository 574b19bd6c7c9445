package cn.gov.agency.meeting.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Someone logged in to the Camunda webapps (Tasklist) opens the project's pages: Camunda checked
 * the password at its own login and keeps who it was in the HTTP session; this pre-authentication
 * reads it on every request. Nothing is stored in the session by Spring Security, so logging out of
 * Tasklist logs out of {@code /app} and {@code /api} at once.
 *
 * <p>Only requests without an {@code Authorization} header: a request that brings credentials is
 * judged by them alone. That is also the rule that makes CSRF complete — a token is required exactly
 * when there is no {@code Authorization} header, i.e. for every request this filter authenticates.
 */
final class CamundaSessionAuthenticationFilter extends AbstractPreAuthenticatedProcessingFilter {

  private static final String ENGINE = "default";

  CamundaSessionAuthenticationFilter() {
    // The session's login is already proven: the "manager" only turns it into an Authentication.
    setAuthenticationManager(login -> new CurrentUserAuthentication((CurrentUser) login.getPrincipal()));
    setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
  }

  @Override
  protected CurrentUser getPreAuthenticatedPrincipal(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      return null;
    }
    Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
    if (logins == null || !(logins.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication login)) {
      return null;
    }
    return new CurrentUser(login.getName(), login.getGroupIds());
  }

  @Override
  protected Object getPreAuthenticatedCredentials(HttpServletRequest request) {
    return "N/A";
  }
}
