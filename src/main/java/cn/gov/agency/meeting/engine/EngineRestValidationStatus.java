package cn.gov.agency.meeting.engine;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API reports any exception from {@code /process-definition/.../start} or
 * {@code /task/.../complete} as 500. A rejected input is the client's fault: answer 400. A step
 * that raced another one on the same process (a user completing a task while its timer fires) is
 * neither's fault and worth retrying: answer 409, like the project's own API.
 */
@Configuration
public class EngineRestValidationStatus {

  @Bean
  ResourceConfigCustomizer rejectedInputIsBadRequest() {
    return config -> config.register(StatusFilter.class);
  }

  public static class StatusFilter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getStatus() != 500 || !(response.getEntity() instanceof ExceptionDto dto)) {
        return;
      }
      if (dto.getCode() != null && dto.getCode() == RejectedProcessInput.CODE) {
        response.setStatusInfo(Response.Status.BAD_REQUEST);
      } else if (dto.getCode() != null && (dto.getCode() == BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode()
          || dto.getCode() == BuiltinExceptionCode.DEADLOCK.getCode())) {
        response.setStatusInfo(Response.Status.CONFLICT);
      }
    }
  }
}
