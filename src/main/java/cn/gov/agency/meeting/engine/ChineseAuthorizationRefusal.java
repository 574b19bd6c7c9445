package cn.gov.agency.meeting.engine;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.rest.dto.AuthorizationExceptionDto;
import org.camunda.bpm.engine.rest.dto.MissingAuthorizationDto;

/**
 * The engine refuses a missing permission in English ("The user with id 'shenyu' does not have …"),
 * and Tasklist and Cockpit show that message as it is. Whoever meets a refusal reads Chinese; the
 * permissions stay named as the administrator grants them. Registered beside
 * {@link RejectedInputStatus} in every Jersey application of the server.
 */
public class ChineseAuthorizationRefusal implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() != 403 || !(response.getEntity() instanceof AuthorizationExceptionDto dto)
        || dto.getMessage() == null || !dto.getMessage().startsWith("The user with id")) {
      return;
    }
    dto.setMessage(message(dto));
  }

  static String message(AuthorizationExceptionDto dto) {
    Set<String> missing = new LinkedHashSet<>();
    if (dto.getMissingAuthorizations() != null) {
      for (MissingAuthorizationDto authorization : dto.getMissingAuthorizations()) {
        missing.add(authorization.getPermissionName() + "（" + authorization.getResourceName()
            + (authorization.getResourceId() == null ? "" : " " + authorization.getResourceId()) + "）");
      }
    } else if (dto.getPermissionName() != null) {
      missing.add(dto.getPermissionName() + "（" + dto.getResourceName() + "）");
    }
    return "无权执行此操作：用户 " + dto.getUserId() + " 没有所需的权限"
        + (missing.isEmpty() ? "" : " " + String.join("、", missing)) + "。如需办理，请联系系统管理员。";
  }
}
