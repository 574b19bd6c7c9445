package cn.gov.agency.meeting.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The CSRF token for the pages' forms, as model attribute {@code _csrf} (used by the layout's
 * {@code <@layout.csrf/>} macro). Resolved here, before the page is rendered: generating a token
 * may create the HTTP session, which is impossible once a long page has started to go out.
 */
@ControllerAdvice
class CsrfTokenAdvice {

  @ModelAttribute("_csrf")
  CsrfToken csrf(HttpServletRequest request) {
    if (!(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
      return null; // a path outside the CSRF-protected chain
    }
    return new DefaultCsrfToken(token.getHeaderName(), token.getParameterName(), token.getToken());
  }
}
