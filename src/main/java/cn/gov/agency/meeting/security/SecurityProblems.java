package cn.gov.agency.meeting.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * The security refusals as problem details (RFC 9457), like every other refusal of the project's
 * API: in Chinese for the people, with English after the slash for whoever runs a script.
 */
final class SecurityProblems {

  static final String LOGIN_REQUIRED = "请先登录（HTTP Basic 或 Camunda 登录会话） / login required";
  static final String CSRF_REFUSED = "请求缺少有效的 CSRF 令牌，请刷新页面后重新提交 / missing or invalid CSRF token:"
      + " reload the page and submit again";
  static final String FOREIGN_ORIGIN = "拒绝跨站请求：请求来源（Origin/Referer）不是本系统 / cross-site request refused:"
      + " the Origin or Referer names another site";
  static final String FORBIDDEN = "无权访问（如需开通，请联系系统管理员） / forbidden for your roles";
  private static final ObjectMapper JSON = new ObjectMapper();

  private SecurityProblems() {}

  /** 401 with a Basic challenge, so that scripts and {@code curl -u} know how to log in. */
  static AuthenticationEntryPoint basicChallenge(String realm) {
    return (request, response, e) -> {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
      write(response, HttpStatus.UNAUTHORIZED, LOGIN_REQUIRED);
    };
  }

  /**
   * 403 for a logged-in person refused by role or by CSRF. CsrfFilter runs before HTTP Basic and
   * also refuses people who are simply not logged in (a stale form after the session ended, or no
   * credentials at all): they are sent to log in, as any anonymous request is.
   */
  static AccessDeniedHandler refusals(AuthenticationEntryPoint loginFirst) {
    return (request, response, e) -> {
      if (!(SecurityContextHolder.getContext().getAuthentication() instanceof CurrentUserAuthentication)) {
        loginFirst.commence(request, response, new InsufficientAuthenticationException(LOGIN_REQUIRED, e));
        return;
      }
      write(response, HttpStatus.FORBIDDEN, e instanceof CsrfException ? CSRF_REFUSED : FORBIDDEN);
    };
  }

  static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE + ";charset=UTF-8");
    JSON.writeValue(response.getWriter(), problem);
  }
}
