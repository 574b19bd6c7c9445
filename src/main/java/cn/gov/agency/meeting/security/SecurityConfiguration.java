package cn.gov.agency.meeting.security;

import jakarta.servlet.DispatcherType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.web.servlet.filter.OrderedRequestContextFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Nothing is anonymous but the login pages (the webapps' and the pages' own) and the health check. Three doors, one
 * {@link SecurityFilterChain} each, first match wins:
 * <ol>
 *   <li>{@code /camunda/**}: the webapps, which log people in themselves, keep the login in the
 *       HTTP session, guard {@code /camunda/api/*} with their own CSRF filter and send their own
 *       security headers (Tasklist needs its own CSP). Spring Security stays out of their way.</li>
 *   <li>{@code /engine-rest/**}: HTTP Basic only, no session; every path, {@code /engine-rest/engine}
 *       too.</li>
 *   <li>everything else — {@code /api}, {@code /app}, {@code /actuator}: the webapps' session or
 *       HTTP Basic; CSRF tokens for what the session does; security headers for the pages.</li>
 * </ol>
 * Every password is checked by Camunda's identity service (which throttles wrong ones); mutating
 * requests from another site's pages are refused on every door of ours.
 */
@Configuration
class SecurityConfiguration implements WebMvcConfigurer {

  /**
   * The pages' CSP, as strict as their templates allow: no inline script (the print link's script
   * is a file), inline styles yes (the templates use style attributes and a style block), images
   * only our own (the sign-in QR codes), forms only to ourselves, never inside a frame.
   */
  static final String PAGES_CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
  private static final String CSP_HEADER = "Content-Security-Policy";
  /**
   * Swagger UI ({@code /api/docs}) as the pages, but its stylesheet draws icons and the logo as
   * {@code data:} images, and it fetches the description (and tries routes) from the page.
   */
  static final String DOCS_CSP = PAGES_CSP.replace("img-src 'self'", "img-src 'self' data:; connect-src 'self'");
  /** The engine's REST answers are data, never a page: nothing may run or load in them. */
  static final String REST_CSP = "default-src 'none'; frame-ancestors 'none'";

  @Bean
  AuthenticationManager authenticationManager(IdentityService identityService) {
    return new ProviderManager(new CamundaPasswordAuthenticationProvider(identityService));
  }

  @Bean
  @Order(1)
  SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
    return http.securityMatcher(path("/camunda/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(AbstractHttpConfigurer::disable)
        .headers(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .servletApi(AbstractHttpConfigurer::disable)
        .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain engineRest(HttpSecurity http, AuthenticationManager authenticationManager,
      IdentityService identityService, @Value("${meeting.public-base-url}") String publicBaseUrl) throws Exception {
    AuthenticationEntryPoint challenge = SecurityProblems.basicChallenge("default");
    return http.securityMatcher(path("/engine-rest/**"))
        .authenticationManager(authenticationManager)
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(challenge))
        .exceptionHandling(refusals -> refusals.authenticationEntryPoint(challenge)
            .accessDeniedHandler(SecurityProblems.refusals(challenge)))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // No session, hence nothing for a CSRF token to protect; a browser's remembered Basic
        // credentials are what SameOriginFilter is for.
        .csrf(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .headers(headers -> securityHeaders(headers, REST_CSP))
        .addFilterBefore(new SameOriginFilter(publicBaseUrl), BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService, true), AuthorizationFilter.class)
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain applicationPages(HttpSecurity http, AuthenticationManager authenticationManager,
      IdentityService identityService, @Value("${meeting.public-base-url}") String publicBaseUrl) throws Exception {
    AuthenticationEntryPoint loginFirst = loginFirst();
    return http
        .authenticationManager(authenticationManager)
        .authorizeHttpRequests(requests -> requests
            .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
            .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
            .requestMatchers(path(LoginPageController.LOGIN)).permitAll()
            .requestMatchers(EndpointRequest.toAnyEndpoint(), path("/actuator/**")).hasAuthority(Groups.CAMUNDA_ADMIN)
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(loginFirst))
        .exceptionHandling(refusals -> refusals.authenticationEntryPoint(loginFirst)
            .accessDeniedHandler(SecurityProblems.refusals(loginFirst)))
        // A token for what the session does; a request with an Authorization header is never taken
        // by the session (CamundaSessionAuthenticationFilter), so it needs none.
        .csrf(csrf -> csrf.requireCsrfProtectionMatcher(new AndRequestMatcher(CsrfFilter.DEFAULT_CSRF_MATCHER,
            new NegatedRequestMatcher(new RequestHeaderRequestMatcher(HttpHeaders.AUTHORIZATION)))))
        // Who is logged in is read anew from the webapps' session (or Basic) on every request;
        // Spring Security keeps no login of its own in the session.
        .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .requestCache(AbstractHttpConfigurer::disable)
        // Ends the session, where the webapps keep the login: out of the pages and Tasklist at once.
        // Not a controller, so POST only and with the page's CSRF token like every other form.
        .logout(logout -> logout.logoutRequestMatcher(PathPatternRequestMatcher.withDefaults()
                .matcher(HttpMethod.POST, LoginPageController.LOGOUT))
            .logoutSuccessHandler(backToLogin()).invalidateHttpSession(true))
        .headers(headers -> {
          securityHeaders(headers, PAGES_CSP);
          // written after the pages' policy, in its place
          RequestMatcher docs = new OrRequestMatcher(path("/api/docs/**"), path("/api/swagger-ui/**"));
          headers.addHeaderWriter((request, response) -> {
            if (docs.matches(request)) {
              response.setHeader(CSP_HEADER, DOCS_CSP);
            }
          });
        })
        // Before CsrfFilter: a foreign origin is refused whoever sends it, and the CSRF refusal
        // knows whether the session had logged someone in.
        .addFilterBefore(new SameOriginFilter(publicBaseUrl), CsrfFilter.class)
        .addFilterBefore(new CamundaSessionAuthenticationFilter(), CsrfFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService, false), AuthorizationFilter.class)
        .build();
  }

  /** Always back to the login page: the logout is a page's form, whatever the browser says it accepts. */
  private static SimpleUrlLogoutSuccessHandler backToLogin() {
    SimpleUrlLogoutSuccessHandler handler = new SimpleUrlLogoutSuccessHandler();
    handler.setDefaultTargetUrl(LoginPageController.LOGIN);
    return handler;
  }

  /**
   * Spring's RequestContextFilter ahead of the security filters (order -105 before -100): while a
   * password is checked, the engine's login throttle reads the caller's address from
   * RequestContextHolder. Left to Spring Boot, the filter would come with Jersey's registration at
   * order -1, after Spring Security, and the holder would still be empty at the password check.
   */
  @Bean
  OrderedRequestContextFilter requestContextBeforeSecurity() {
    return new OrderedRequestContextFilter();
  }

  /** A URL that would break our paths (encoded slashes, "..") is a 400, not a server error. */
  @Bean
  RequestRejectedHandler requestRejectedHandler() {
    return new HttpStatusRequestRejectedHandler();
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new CurrentUserArgumentResolver());
  }

  /**
   * Pages (and browsers asking for one) go to the pages' login, which brings them back to the page
   * they asked for; the API and programs get 401 with a Basic challenge and a problem body.
   */
  private static AuthenticationEntryPoint loginFirst() {
    AuthenticationEntryPoint loginPage = (request, response, e) ->
        response.sendRedirect(request.getContextPath() + LoginPageController.loginUrl(request));
    AuthenticationEntryPoint challenge = SecurityProblems.basicChallenge("meeting-affairs");
    MediaTypeRequestMatcher wantsHtml = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
    wantsHtml.setIgnoredMediaTypes(Set.of(MediaType.ALL));
    LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
    entryPoints.put(path("/app/**"), loginPage);
    // the API's Swagger UI is a page: a browser logs in like on any other page
    entryPoints.put(new AndRequestMatcher(path("/api/docs/**"), wantsHtml), loginPage);
    entryPoints.put(path("/api/**"), challenge);
    entryPoints.put(wantsHtml, loginPage);
    DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
    entryPoint.setDefaultEntryPoint(challenge);
    return entryPoint;
  }

  /**
   * Spring Security's defaults (nosniff, X-Frame-Options DENY, no caching of answers) plus a CSP and
   * a Referrer-Policy. same-origin: links out of a page do not carry its address (meeting ids,
   * sign-in codes), while the page's own form posts still name their origin for SameOriginFilter
   * (no-referrer would make browsers send "Origin: null"). HSTS is left to the TLS front, as for
   * the webapps (camunda.bpm.webapp.header-security.hsts-disabled).
   */
  private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers, String csp) {
    headers.frameOptions(frame -> frame.deny())
        .contentTypeOptions(Customizer.withDefaults())
        .contentSecurityPolicy(policy -> policy.policyDirectives(csp))
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
        .httpStrictTransportSecurity(HeadersConfigurer.HstsConfig::disable);
  }

  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }
}
