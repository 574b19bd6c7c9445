package cn.gov.agency.meeting.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.rest.dto.AuthorizationExceptionDto;
import org.junit.jupiter.api.Test;

/** A missing permission reads in Chinese in Tasklist and Cockpit, the permission named as granted. */
class ChineseAuthorizationRefusalTest {

  private final ChineseAuthorizationRefusal filter = new ChineseAuthorizationRefusal();

  @Test
  void theEnginesEnglishRefusalBecomesChinese() {
    AuthorizationExceptionDto body = AuthorizationExceptionDto.fromException(
        new AuthorizationException("shenyu", "UPDATE", "Task", "t-1"));
    assertThat(body.getMessage()).startsWith("The user with id 'shenyu' does not have");

    filter.filter(mock(ContainerRequestContext.class), answer(403, body));

    assertThat(body.getMessage()).isEqualTo("无权执行此操作：用户 shenyu 没有所需的权限 UPDATE（Task t-1）。如需办理，请联系系统管理员。");
  }

  @Test
  void theApplicationsOwnChineseRefusalsStayAsTheyAre() {
    AuthorizationExceptionDto body = AuthorizationExceptionDto.fromException(
        new AuthorizationException("按业务记录，「分管领导审批」应由 leader-policy 办理，admin 无权办理"));
    filter.filter(mock(ContainerRequestContext.class), answer(403, body));
    assertThat(body.getMessage()).isEqualTo("按业务记录，「分管领导审批」应由 leader-policy 办理，admin 无权办理");
  }

  private static ContainerResponseContext answer(int status, Object body) {
    ContainerResponseContext response = mock(ContainerResponseContext.class);
    when(response.getStatus()).thenReturn(status);
    when(response.getEntity()).thenReturn(body);
    return response;
  }
}
