package cn.gov.agency.meeting.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages' own login: someone who opens {@code /app/my} on a phone without a session comes here
 * and, once logged in, goes back to {@code /app/my}. Camunda's Welcome login cannot do that (after
 * its login it stays in its own dashboard). The login it makes is the webapps' own — the same
 * session entry Camunda's login resource writes, after the same password check (the engine's
 * {@code CheckPassword}, so the login throttle applies) — so Tasklist opens without a second login.
 * Logging out ({@code POST /app/logout}, Spring Security's logout with the page's CSRF token) ends
 * the session, and with it the login to Tasklist too.
 */
@Controller
class LoginPageController {

  static final String LOGIN = "/app/login";
  static final String LOGOUT = "/app/logout";
  static final String HOME = "/camunda/app/tasklist/";
  /**
   * Only our own pages, the API's Swagger UI and the webapps as destinations, never another site: "//evil.example" or
   * "/\evil.example" would be read by browsers as another host.
   */
  private static final Pattern SAFE_NEXT = Pattern.compile("^/(app/|camunda/app/|api/docs)[^\\\\\\s]*$");

  private final ProcessEngine engine;

  LoginPageController(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Where a page without login sends the browser: here, naming the page to come back to. */
  static String loginUrl(HttpServletRequest request) {
    String asked = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    return safeNext(asked) == null ? LOGIN : LOGIN + "?next=" + URLEncoder.encode(asked, StandardCharsets.UTF_8);
  }

  @GetMapping(LOGIN)
  String page(@RequestParam(required = false) String next, Model model) {
    model.addAttribute("next", safeNext(next));
    return "security/login";
  }

  @PostMapping(LOGIN)
  String login(@RequestParam(required = false) String username, @RequestParam(required = false) String password,
      @RequestParam(required = false) String next, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    String destination = safeNext(next);
    String user = username == null ? "" : username.trim();
    model.addAttribute("next", destination);
    model.addAttribute("username", user.length() > 100 ? "" : user);
    if (user.isEmpty() || user.length() > 100 || password == null || password.isEmpty() || password.length() > 200) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("error", "请填写用户名（不超过 100 字）和密码（不超过 200 字）");
      return "security/login";
    }
    engine.getIdentityService().clearAuthentication();
    if (!engine.getIdentityService().checkPassword(user, password)) {
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      model.addAttribute("error", "用户名或密码不正确（输错后须稍候几秒再试）");
      return "security/login";
    }
    UserAuthentication login = AuthenticationUtil.createAuthentication(engine, user);
    // A new session id for the logged-in session: a session id known before the login is worthless.
    AuthenticationUtil.revalidateSession(request, login);
    return "redirect:" + (destination == null ? HOME : destination);
  }

  private static String safeNext(String next) {
    if (next == null || next.length() > 2000 || !SAFE_NEXT.matcher(next).matches() || next.contains("//")
        || next.startsWith(LOGIN) || next.startsWith(LOGOUT)) {
      return null;
    }
    return next;
  }
}
