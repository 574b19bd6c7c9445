package cn.gov.agency.meeting.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While a request runs, the engine knows who sends it, so Camunda's authorization checks apply to
 * everything the request does through the engine; cleared afterwards, since the thread serves
 * other people next. Runs last in the chain, after Spring Security has authenticated and authorized.
 */
final class EngineAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;
  private final boolean withTenants;

  /**
   * {@code withTenants}: also hand the engine the person's tenants, as Camunda's own REST
   * authentication filter did for {@code /engine-rest} (the project's pages never did).
   */
  EngineAuthenticationFilter(IdentityService identityService, boolean withTenants) {
    this.identityService = identityService;
    this.withTenants = withTenants;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!(SecurityContextHolder.getContext().getAuthentication() instanceof CurrentUserAuthentication login)) {
      chain.doFilter(request, response); // what is open to anyone (the health check) runs as nobody
      return;
    }
    CurrentUser user = login.getPrincipal();
    if (withTenants) {
      List<String> tenants = identityService.createTenantQuery().userMember(user.userId()).includingGroupsOfUser(true)
          .list().stream().map(Tenant::getId).toList();
      identityService.setAuthentication(user.userId(), user.groupIds(), tenants);
    } else {
      identityService.setAuthentication(user.userId(), user.groupIds());
    }
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
