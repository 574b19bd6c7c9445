package cn.gov.agency.meeting.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login for the project's own {@code /api/**} and {@code /app/**}: either the session of the
 * Camunda webapps (someone logged in to Tasklist opens our pages) or HTTP Basic against Camunda's
 * identity service (which throttles wrong passwords). While the request runs the engine knows the
 * user, so Camunda's authorization checks apply to everything the request does through the engine.
 */
public class AppAuthenticationFilter extends OncePerRequestFilter {

  static final String CURRENT_USER = CurrentUser.class.getName();
  private static final String ENGINE = "default";
  private static final String LOGIN_PAGE = "/camunda/app/welcome/default/#!/login";

  private final IdentityService identityService;

  public AppAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<CurrentUser> user = fromWebappSession(request).or(() -> fromBasicAuth(request));
    if (user.isEmpty()) {
      refuse(request, response);
      return;
    }
    request.setAttribute(CURRENT_USER, user.get());
    identityService.setAuthentication(user.get().userId(), user.get().groupIds());
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Optional<CurrentUser> fromWebappSession(HttpServletRequest request) {
    var session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null
        || !(authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication auth)) {
      return Optional.empty();
    }
    return Optional.of(new CurrentUser(auth.getName(), auth.getGroupIds()));
  }

  private Optional<CurrentUser> fromBasicAuth(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String userId = decoded.substring(0, colon);
    if (!identityService.checkPassword(userId, decoded.substring(colon + 1))) {
      return Optional.empty();
    }
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list()
        .stream().map(Group::getId).toList();
    return Optional.of(new CurrentUser(userId, groups));
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/app/")) {
      response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
      return;
    }
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"meeting-affairs\", charset=\"UTF-8\"");
    response.setContentType("application/problem+json;charset=UTF-8");
    response.getWriter().write("""
        {"type":"about:blank","title":"Unauthorized","status":401,\
        "detail":"请先登录（HTTP Basic 或 Camunda 登录会话） / login required"}""");
  }
}
