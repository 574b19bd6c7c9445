package cn.gov.agency.meeting.venue;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Completing 预订会议场地 with a room already booked for that time is a conflict, not a malformed
 * request: the engine's REST API answers 409 (Tasklist still shows the message on the form).
 */
@Configuration
public class RoomConflictStatus {

  @Bean
  ResourceConfigCustomizer roomTakenIsConflict() {
    return config -> config.register(StatusFilter.class);
  }

  public static class StatusFilter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getStatus() >= 400 && response.getEntity() instanceof ExceptionDto dto
          && dto.getCode() != null && dto.getCode() == RoomTakenInput.CODE) {
        response.setStatusInfo(Response.Status.CONFLICT);
      }
    }
  }
}
