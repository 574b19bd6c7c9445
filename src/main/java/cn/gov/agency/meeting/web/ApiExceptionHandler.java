package cn.gov.agency.meeting.web;

import cn.gov.agency.meeting.validation.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Problem details (RFC 9457) in Chinese for the project's API: what is wrong, and which field;
 * a browser asking for HTML gets the Chinese error page instead. Ahead of Spring Boot's own
 * problem-details handler (order 0), which would otherwise answer a wrong parameter type, a missing
 * parameter or an unreadable body in English without naming the field.
 */
@RestControllerAdvice(basePackages = "cn.gov.agency.meeting")
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiExceptionHandler {

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("输入有误");
    problem.setProperty("violations", e.violations());
    return problem;
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missing(MissingServletRequestParameterException e) {
    return badRequest(e.getParameterName(), "required", "参数 " + e.getParameterName() + " 必须填写");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
    return badRequest(e.getName(), "type", "参数 " + e.getName() + " 的格式不正确");
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    return badRequest("body", "json", "请求内容不是有效的 JSON，或字段类型不符");
  }

  /** A browser opening one of the project's pages gets the Chinese error page, not a problem body. */
  @ExceptionHandler(value = AuthorizationException.class, produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView forbiddenPage(AuthorizationException e) {
    return errorPage(HttpStatus.FORBIDDEN);
  }

  @ExceptionHandler(value = {NotFoundException.class, NullValueException.class, NoSuchRecordException.class},
      produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView notFoundPage(RuntimeException e) {
    return errorPage(HttpStatus.NOT_FOUND);
  }

  @ExceptionHandler(AuthorizationException.class)
  ProblemDetail forbidden(AuthorizationException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "无权执行此操作");
    problem.setTitle("无权限");
    return problem;
  }

  @ExceptionHandler({NotFoundException.class, NullValueException.class, NoSuchRecordException.class})
  ProblemDetail notFound(RuntimeException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "记录不存在或无权查看");
    problem.setTitle("未找到");
    return problem;
  }

  @ExceptionHandler(OptimisticLockingException.class)
  ProblemDetail conflict(OptimisticLockingException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
        "该事项已被他人同时处理，请刷新后重试");
    problem.setTitle("处理冲突");
    return problem;
  }

  private static ModelAndView errorPage(HttpStatus status) {
    ModelAndView page = new ModelAndView("error", Map.of("status", status.value()));
    page.setStatus(status);
    return page;
  }

  private static ProblemDetail badRequest(String field, String rule, String message) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
    problem.setTitle("输入有误");
    problem.setProperty("violations", List.of(Map.of("field", field, "rule", rule, "message", message)));
    return problem;
  }
}
