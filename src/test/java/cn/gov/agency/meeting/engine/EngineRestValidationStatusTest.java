package cn.gov.agency.meeting.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the engine REST APIs answer instead of 500 for rejected input ({@link RejectedInputStatus}) and for races. */
class EngineRestValidationStatusTest {

  private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
  private final EngineRestValidationStatus.StatusFilter filter = new EngineRestValidationStatus.StatusFilter(jdbc);
  private final RejectedInputStatus rejected = new RejectedInputStatus();

  @Test
  void rejectedInputIsABadRequest() {
    ContainerResponseContext response = answer(500, new RejectedProcessInput(
        cn.gov.agency.meeting.validation.InvalidInputException.of("测试",
            new cn.gov.agency.meeting.validation.Violation("field", "字段", "required", "必须填写"))));
    rejected.filter(mock(ContainerRequestContext.class), response);
    verify(response).setStatusInfo(Response.Status.BAD_REQUEST);
  }

  @Test
  void theRefusalReadsAsTheRuleSaysItWithoutTheResourcesEnglishBeginning() {
    RejectedProcessInput refusal = new RejectedProcessInput(cn.gov.agency.meeting.validation.InvalidInputException.of(
        "临时会议申请", new cn.gov.agency.meeting.validation.Violation("place", "会议地点", "required", "必须填写")));
    for (String prefix : new String[] {
        "Cannot instantiate process definition adhocMeetingApplication:1:bbe743a6-f265-11f1-b05e-02fc00000001: ",
        "Cannot submit task form 8b1c2d3e-f265-11f1-b05e-02fc00000001: "}) {
      ContainerResponseContext response = answer(400, refusal);
      ExceptionDto body = (ExceptionDto) response.getEntity();
      body.setMessage(prefix + refusal.getMessage());
      rejected.filter(mock(ContainerRequestContext.class), response);
      assertThat(body.getMessage()).isEqualTo(refusal.getMessage()).startsWith("临时会议申请未通过校验：会议地点");
    }
  }

  @Test
  void otherMessagesKeepTheirWording() {
    ContainerResponseContext response = answer(500, new ProcessEngineException("Cannot submit task form 7: broken"));
    rejected.filter(mock(ContainerRequestContext.class), response);
    assertThat(((ExceptionDto) response.getEntity()).getMessage()).isEqualTo("Cannot submit task form 7: broken");
  }

  @Test
  void aRaceWithAnotherStepIsAConflict() {
    // The engine marks a lost race with its built-in optimistic-locking code, whatever wraps it.
    OptimisticLockingException race = new OptimisticLockingException("updated concurrently");
    race.setCode(BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode());
    ContainerResponseContext response = answer(500, race);
    filter.filter(mock(ContainerRequestContext.class), response);
    verify(response).setStatusInfo(Response.Status.CONFLICT);
  }

  @Test
  void aJavaSerializedVariableIsABadRequest() {
    ContainerResponseContext response = answer(500, new ProcessEngineException(
        "ENGINE-17007 Cannot set variable with name payload. Java serialization format is prohibited"));
    rejected.filter(mock(ContainerRequestContext.class), response);
    verify(response).setStatusInfo(Response.Status.BAD_REQUEST);
  }

  @Test
  void otherFailuresStayServerErrors() {
    ContainerResponseContext response = answer(500, new ProcessEngineException("broken"));
    filter.filter(mock(ContainerRequestContext.class), response);
    rejected.filter(mock(ContainerRequestContext.class), response);
    verify(response, never()).setStatusInfo(any());
  }

  @Test
  void completingATaskSomeoneElseCompletedMeanwhileIsAConflictSayingSo() {
    // The loser fails in whatever it meets first: here a delegate finding the meeting already moved on.
    ContainerResponseContext response = answer(500, new ProcessEngineException("meeting 5 is not waiting"));
    when(jdbc.queryForObject(any(String.class), eq(Long.class), eq("t-1"))).thenReturn(1L);
    filter.filter(post("task/t-1/complete"), response);
    verify(response).setStatusInfo(Response.Status.CONFLICT);
    assertThat(((ExceptionDto) response.getEntity()).getMessage()).contains("任务已被他人办理");
  }

  @Test
  void aFailedCompletionOfATaskStillOpenIsNotCalledAConflict() {
    ContainerResponseContext response = answer(500, new ProcessEngineException("broken"));
    when(jdbc.queryForObject(any(String.class), eq(Long.class), eq("t-2"))).thenReturn(0L);
    filter.filter(post("task/t-2/submit-form"), response);
    verify(response, never()).setStatusInfo(any());
  }

  private static ContainerRequestContext post(String path) {
    ContainerRequestContext request = mock(ContainerRequestContext.class);
    UriInfo uri = mock(UriInfo.class);
    when(uri.getPath()).thenReturn(path);
    when(request.getUriInfo()).thenReturn(uri);
    when(request.getMethod()).thenReturn("POST");
    return request;
  }

  /** The body the engine's REST exception handler writes: type, message and the engine's code. */
  private static ContainerResponseContext answer(int status, ProcessEngineException exception) {
    ExceptionDto body = ExceptionDto.fromException(exception);
    body.setCode(exception.getCode());
    ContainerResponseContext response = mock(ContainerResponseContext.class);
    when(response.getStatus()).thenReturn(status);
    when(response.getEntity()).thenReturn(body);
    return response;
  }
}
