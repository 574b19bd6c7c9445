package cn.gov.agency.meeting.engine;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
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

  /**
   * What the REST resources put before the engine's message ("Cannot instantiate process definition
   * adhocMeetingApplication:1:…: ", "Cannot submit task form 42: "): Tasklist shows the message as it
   * is, and the person who pressed the button reads Chinese.
   */
  private static final Pattern RESOURCE_PREFIX = Pattern.compile("^Cannot [^:]+(?::[^:\\s]+)*: ");

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(response.getEntity() instanceof ExceptionDto dto)) {
      return;
    }
    boolean rejectedInput = dto.getCode() != null && dto.getCode() == RejectedProcessInput.CODE;
    if (rejectedInput && dto.getMessage() != null) {
      dto.setMessage(RESOURCE_PREFIX.matcher(dto.getMessage()).replaceFirst(""));
    }
    if (response.getStatus() == 500 && (rejectedInput
        || dto.getMessage() != null && dto.getMessage().contains(JAVA_SERIALIZATION_PROHIBITED))) {
      response.setStatusInfo(Response.Status.BAD_REQUEST);
    }
  }

  /**
   * Puts the filter, and {@link ChineseAuthorizationRefusal}, into every Jersey application, even those
   * that switch auto-discovery off.
   */
  public static class Everywhere implements ForcedAutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
      if (!context.getConfiguration().isRegistered(RejectedInputStatus.class)) {
        context.register(RejectedInputStatus.class);
      }
      if (!context.getConfiguration().isRegistered(ChineseAuthorizationRefusal.class)) {
        context.register(ChineseAuthorizationRefusal.class);
      }
    }
  }
}
