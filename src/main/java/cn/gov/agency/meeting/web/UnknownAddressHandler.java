package cn.gov.agency.meeting.web;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nobody serves: a browser gets the Chinese error page, an API client a Chinese problem.
 * Not limited to the project's controllers, since no controller is involved.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownAddressHandler {

  @ExceptionHandler(value = NoResourceFoundException.class, produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView page(NoResourceFoundException e) {
    ModelAndView page = new ModelAndView("error", Map.of("status", 404));
    page.setStatus(HttpStatus.NOT_FOUND);
    return page;
  }

  @ExceptionHandler(NoResourceFoundException.class)
  @ResponseBody
  ProblemDetail problem(NoResourceFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "没有这个地址：/" + e.getResourcePath());
    problem.setTitle("未找到");
    return problem;
  }
}
