package cn.gov.agency.meeting.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A state-changing request (POST, PUT, PATCH, DELETE) sent by a page of another site is refused
 * before anything else looks at it: browsers name the page's origin in {@code Origin} (or, rarely
 * without it, in {@code Referer}), and a forged request cannot hide it. This closes what a CSRF
 * token cannot: credentials the browser sends by itself that are not the session — HTTP Basic
 * remembered by the browser. Spring Security has no such check (its CORS support answers only
 * requests a browser marks as CORS, and never reads Referer), hence this filter.
 *
 * <p>Own origin: the request's own scheme://host:port, and the configured public address
 * ({@code meeting.public-base-url}) for when a proxy in front changes what the server sees.
 * Requests naming neither header come from programs, not pages, and are let through to login.
 */
final class SameOriginFilter extends OncePerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final Optional<String> publicOrigin;

  SameOriginFilter(String publicBaseUrl) {
    this.publicOrigin = origin(publicBaseUrl);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SAFE_METHODS.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    String named = request.getHeader(HttpHeaders.ORIGIN);
    if (named == null) {
      named = request.getHeader(HttpHeaders.REFERER);
    }
    if (named != null && !isOwn(origin(named), request)) {
      SecurityProblems.write(response, HttpStatus.FORBIDDEN, SecurityProblems.FOREIGN_ORIGIN);
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean isOwn(Optional<String> named, HttpServletRequest request) {
    if (named.isEmpty()) {
      return false; // "Origin: null" (sandboxed or privacy-hidden pages) or nonsense
    }
    String own = normalised(request.getScheme(), request.getServerName(), request.getServerPort());
    return named.get().equals(own) || named.equals(publicOrigin);
  }

  /** scheme://host:port of a URL or origin, port made explicit; empty when it names no web origin. */
  static Optional<String> origin(String url) {
    try {
      URI uri = new URI(url.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return Optional.empty();
      }
      return Optional.of(normalised(uri.getScheme(), uri.getHost(), uri.getPort()));
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  private static String normalised(String scheme, String host, int port) {
    String s = scheme.toLowerCase(Locale.ROOT);
    int p = port >= 0 ? port : s.equals("https") ? 443 : s.equals("http") ? 80 : -1;
    String h = host.toLowerCase(Locale.ROOT);
    if (h.contains(":") && !h.startsWith("[")) {
      h = "[" + h + "]"; // IPv6 as the Host header writes it
    }
    return s + "://" + h + ":" + p;
  }
}
