package cn.gov.agency.meeting.engine;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Camunda's REST resources answer 500 for most exceptions of a plain process start; refused input is
 * the sender's fault: 400. Registered in every Jersey application of the server (the
 * {@code /engine-rest} API and the webapps' engine API under {@code /camunda/api/engine}), so that
 * both doors answer alike: {@code META-INF/services/org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable}.
 */
public class RejectedInputStatus implements ContainerResponseFilter {

  /** The engine's log code for "Java serialization format is prohibited" (it has no error code of its own). */
  private static final String JAVA_SERIALIZATION_PROHIBITED = "ENGINE-17007";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() == 500 && response.getEntity() instanceof ExceptionDto dto
        && (dto.getCode() != null && dto.getCode() == RejectedProcessInput.CODE
        || dto.getMessage() != null && dto.getMessage().contains(JAVA_SERIALIZATION_PROHIBITED))) {
      response.setStatusInfo(Response.Status.BAD_REQUEST);
    }
  }

  /** Puts the filter into every Jersey application, even those that switch auto-discovery off. */
  public static class Everywhere implements ForcedAutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
      if (!context.getConfiguration().isRegistered(RejectedInputStatus.class)) {
        context.register(RejectedInputStatus.class);
      }
    }
  }
}
