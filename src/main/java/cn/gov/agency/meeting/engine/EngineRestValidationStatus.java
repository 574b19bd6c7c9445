package cn.gov.agency.meeting.engine;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's REST API reports any exception from {@code /task/.../complete} as 500. A step that
 * raced another one on the same process (a user completing a task while its timer fires) is
 * neither's fault and worth retrying: answer 409, like the project's own API. Two people of one
 * inbox completing the same task at once: the later one fails in whatever the engine or a delegate
 * meets first (a lock, a vanished execution, a meeting no longer waiting); since the task was
 * completed meanwhile, that is the same conflict and is answered as such. Refused input is answered
 * 400 by {@link RejectedInputStatus}, in both engine APIs.
 */
@Configuration
public class EngineRestValidationStatus {

  static final String ALREADY_COMPLETED = "任务已被他人办理，无需再次办理 / task already completed by someone else";

  @Bean
  ResourceConfigCustomizer rejectedInputIsBadRequest(JdbcTemplate jdbc) {
    return config -> config.register(new StatusFilter(jdbc));
  }

  public static class StatusFilter implements ContainerResponseFilter {

    private static final Pattern TASK_ACTION = Pattern.compile("/?task/([^/]+)/(complete|submit-form|resolve)");

    private final JdbcTemplate jdbc;

    StatusFilter(JdbcTemplate jdbc) {
      this.jdbc = jdbc;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getStatus() < 400 || !(response.getEntity() instanceof ExceptionDto dto)) {
        return;
      }
      if (completedMeanwhile(request)) {
        response.setStatusInfo(Response.Status.CONFLICT);
        dto.setType("TaskAlreadyCompleted");
        dto.setMessage(ALREADY_COMPLETED);
        dto.setCode(BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode());
      } else if (response.getStatus() == 500 && dto.getCode() != null
          && (dto.getCode() == BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode()
          || dto.getCode() == BuiltinExceptionCode.DEADLOCK.getCode())) {
        response.setStatusInfo(Response.Status.CONFLICT);
      }
    }

    /** A failed task action whose task has ended in the meantime (read as the engine wrote it, without the caller's rights). */
    private boolean completedMeanwhile(ContainerRequestContext request) {
      if (!"POST".equals(request.getMethod())) {
        return false;
      }
      Matcher action = TASK_ACTION.matcher(request.getUriInfo().getPath());
      if (!action.matches()) {
        return false;
      }
      return jdbc.queryForObject("select count(*) from act_hi_taskinst where id_ = ? and end_time_ is not null",
          Long.class, action.group(1)) > 0;
    }
  }
}
