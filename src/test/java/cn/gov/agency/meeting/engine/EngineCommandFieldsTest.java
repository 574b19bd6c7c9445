package cn.gov.agency.meeting.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableStore;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** The guard and the login throttle read these fields of Camunda 7.24's commands: an upgrade that renames one fails here. */
class EngineCommandFieldsTest {

  @Test
  void theFieldsTheGuardReadsExistWithWhatTheCommandWasGiven() {
    Map<String, Object> sent = Map.of("leaderDecision", "approve");
    assertThat(EngineCommandFields.text(new CompleteTaskCmd("t1", sent), "taskId")).isEqualTo("t1");
    assertThat(EngineCommandFields.variables(new CompleteTaskCmd("t1", sent), "variables")).isEqualTo(sent);
    assertThat(EngineCommandFields.variables(new ResolveTaskCmd("t1", sent), "variables")).isEqualTo(sent);
    SubmitTaskFormCmd submit = new SubmitTaskFormCmd("t2", sent, false, false);
    assertThat(EngineCommandFields.text(submit, "taskId")).isEqualTo("t2");
    assertThat(EngineCommandFields.variables(submit, "properties")).containsEntry("leaderDecision", "approve");
    SubmitStartFormCmd start = new SubmitStartFormCmd("def:1", "key", sent);
    assertThat(EngineCommandFields.text(start, "processDefinitionId")).isEqualTo("def:1");
    assertThat(EngineCommandFields.text(start, "businessKey")).isEqualTo("key");
    assertThat(EngineCommandFields.variables(start, "variables")).containsEntry("leaderDecision", "approve");
    ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl)
        ProcessInstantiationBuilderImpl.createProcessInstanceById(null, "def:1");
    assertThat(EngineCommandFields.read(new StartProcessInstanceCmd(builder), "instantiationBuilder")).isSameAs(builder);
    assertThat(EngineCommandFields.text(new ClaimTaskCmd("t3", "wangli"), "userId")).isEqualTo("wangli");
    assertThat(EngineCommandFields.text(new AssignTaskCmd("t4", "qianjun"), "taskId")).isEqualTo("t4");
    assertThat(EngineCommandFields.text(new AssignTaskCmd("t4", "qianjun"), "userId")).isEqualTo("qianjun");
    UserEntity user = new UserEntity("shenyu");
    assertThat(EngineCommandFields.read(new SaveUserCmd(user), "user")).isSameAs(user);
    assertThat(EngineCommandFields.text(new CheckPassword("heqing", "secret"), "userId")).isEqualTo("heqing");
  }

  @Test
  void theGuardHandsACompletionOtherVariablesThroughItsField() {
    CompleteTaskCmd complete = new CompleteTaskCmd("t1", Map.of("leaderComment", "x"));
    Map<String, Object> handed = Variables.createVariables().putValue("leaderComment", Variables.stringValue("x", true));
    EngineCommandFields.write(complete, "variables", handed);
    assertThat(EngineCommandFields.variables(complete, "variables")).isSameAs(handed);
    SubmitTaskFormCmd submit = new SubmitTaskFormCmd("t2", Map.of("leaderComment", "x"), false, false);
    EngineCommandFields.write(submit, "properties", handed);
    assertThat(EngineCommandFields.variables(submit, "properties")).isSameAs(handed);
  }

  @Test
  void theVariableStoreFieldsThatForgetALegacyVariableExist() {
    ExecutionEntity execution = new ExecutionEntity();
    Object store = EngineCommandFields.read(execution, "variableStore");
    assertThat(store).isInstanceOf(VariableStore.class);
    assertThat(EngineCommandFields.read(store, "removedVariables")).isInstanceOf(Map.class);
    assertThat(EngineCommandFields.read(new TaskEntity(), "variableStore")).isInstanceOf(VariableStore.class);
  }

  @Test
  void aFieldThatDoesNotExistIsReportedNotIgnored() {
    assertThatThrownBy(() -> EngineCommandFields.read(new CompleteTaskCmd("t1", Map.of()), "taskIdentifier"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("taskIdentifier");
  }
}
