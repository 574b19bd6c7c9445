package cn.gov.agency.meeting.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets controllers take the logged-in {@link CurrentUser} as a parameter (from Spring Security's context). */
class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType().equals(CurrentUser.class);
  }

  @Override
  public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
      NativeWebRequest request, WebDataBinderFactory binderFactory) {
    if (!(SecurityContextHolder.getContext().getAuthentication() instanceof CurrentUserAuthentication login)) {
      throw new IllegalStateException("No logged-in user: is the path open to anonymous requests?");
    }
    return login.getPrincipal();
  }
}
