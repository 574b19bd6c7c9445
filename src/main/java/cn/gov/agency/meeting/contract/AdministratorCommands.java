package cn.gov.agency.meeting.contract;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobsRetriesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessInstanceStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractUpdateProcessInstancesSuspendStateCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.SetAnnotationForIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDefinitionPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockJobCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractInstantiationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractInstanceCancellationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetExternalTaskRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AddIdentityLinkForProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstancesByProcessInstanceIdCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkForProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserInfoCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserPictureCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.ExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.FetchExternalTasksCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetProcessDefinitionVersionCmd;
import org.camunda.bpm.engine.impl.cmd.SetUserInfoCmd;
import org.camunda.bpm.engine.impl.cmd.SetUserPictureCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;

/**
 * What only administrators may do to running work: change or remove variables, deliver messages,
 * signals and conditions, move tokens, manage who a task belongs to and its properties, attach
 * files, comment, run, retry or reschedule jobs, handle incidents, suspend or delete instances.
 * People complete their tasks (through their forms), start what they may start, claim and give
 * back; the application does everything else itself. {@code CommandCoverageTest} checks that
 * every engine command that carries variables is either here or checked against the forms.
 */
final class AdministratorCommands {

  private static final Map<Class<?>, String> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put(AbstractSetVariableCmd.class, "设置流程变量");
    COMMANDS.put(AbstractPatchVariablesCmd.class, "修改流程变量");
    COMMANDS.put(AbstractRemoveVariableCmd.class, "删除流程变量");
    COMMANDS.put(SetVariablesToProcessInstancesBatchCmd.class, "批量设置流程变量");
    COMMANDS.put(DeleteHistoricVariableInstanceCmd.class, "删除历史变量");
    COMMANDS.put(DeleteHistoricVariableInstancesByProcessInstanceIdCmd.class, "删除历史变量");
    COMMANDS.put(AbstractCorrelateMessageCmd.class, "发送消息");
    COMMANDS.put(CorrelateAllMessageBatchCmd.class, "批量发送消息");
    COMMANDS.put(MessageEventReceivedCmd.class, "发送消息");
    COMMANDS.put(SignalEventReceivedCmd.class, "发送信号");
    COMMANDS.put(SignalCmd.class, "发送信号");
    COMMANDS.put(EvaluateStartConditionCmd.class, "按条件发起流程");
    COMMANDS.put(StartProcessInstanceAtActivitiesCmd.class, "从指定环节发起流程");
    COMMANDS.put(ModifyProcessInstanceCmd.class, "修改流程实例");
    COMMANDS.put(ModifyProcessInstanceAsyncCmd.class, "修改流程实例");
    COMMANDS.put(AbstractModificationCmd.class, "批量修改流程实例");
    COMMANDS.put(AbstractInstantiationCmd.class, "修改流程实例");
    COMMANDS.put(AbstractInstanceCancellationCmd.class, "修改流程实例");
    COMMANDS.put(AbstractRestartProcessInstanceCmd.class, "重启流程实例");
    COMMANDS.put(SetProcessDefinitionVersionCmd.class, "迁移流程版本");
    COMMANDS.put(HandleTaskBpmnErrorCmd.class, "以错误结束任务");
    COMMANDS.put(HandleTaskEscalationCmd.class, "升级任务");
    COMMANDS.put(ExternalTaskCmd.class, "外部任务");
    COMMANDS.put(FetchExternalTasksCmd.class, "外部任务");
    COMMANDS.put(AbstractSetExternalTaskRetriesCmd.class, "外部任务");
    COMMANDS.put(AbstractSetTaskPropertyCmd.class, "修改任务的办理人、候选人或属性");
    COMMANDS.put(DeleteIdentityLinkCmd.class, "修改任务的候选人");
    COMMANDS.put(DelegateTaskCmd.class, "委托任务");
    COMMANDS.put(SaveTaskCmd.class, "修改任务");
    COMMANDS.put(AddIdentityLinkForProcessDefinitionCmd.class, "修改流程的发起人");
    COMMANDS.put(DeleteIdentityLinkForProcessDefinitionCmd.class, "修改流程的发起人");
    COMMANDS.put(CreateAttachmentCmd.class, "添加附件");
    COMMANDS.put(SaveAttachmentCmd.class, "修改附件");
    COMMANDS.put(DeleteAttachmentCmd.class, "删除附件");
    COMMANDS.put(SetUserInfoCmd.class, "修改用户信息");
    COMMANDS.put(DeleteUserInfoCmd.class, "修改用户信息");
    COMMANDS.put(SetUserPictureCmd.class, "修改用户头像");
    COMMANDS.put(DeleteUserPictureCmd.class, "修改用户头像");
    COMMANDS.put(DeleteTaskCmd.class, "删除任务");
    // Comments are no part of the procedure: every remark it needs is a field of its forms, and
    // Camunda's REST API could not show people's comments anyway (it reads the task's history).
    COMMANDS.put(AddCommentCmd.class, "添加备注");
    COMMANDS.put(UpdateCommentCmd.class, "修改备注");
    COMMANDS.put(DeleteTaskCommentCmd.class, "删除备注");
    COMMANDS.put(DeleteProcessInstanceCommentCmd.class, "删除备注");
    // Running a job by hand: refused inside the job, the engine would still count a failed try and move
    // its due date (the failed-job listener runs as the person too, and is refused with it).
    COMMANDS.put(ExecuteJobsCmd.class, "执行作业");
    COMMANDS.put(FailedJobListener.class, "执行作业");
    COMMANDS.put(SetJobRetriesCmd.class, "修改作业重试次数");
    COMMANDS.put(AbstractSetJobsRetriesBatchCmd.class, "修改作业重试次数");
    COMMANDS.put(SetJobDuedateCmd.class, "修改作业时间");
    COMMANDS.put(RecalculateJobDuedateCmd.class, "修改作业时间");
    COMMANDS.put(SetJobPriorityCmd.class, "修改作业优先级");
    COMMANDS.put(SetJobDefinitionPriorityCmd.class, "修改作业优先级");
    COMMANDS.put(DeleteJobCmd.class, "删除作业");
    COMMANDS.put(DeleteJobsCmd.class, "删除作业");
    COMMANDS.put(UnlockJobCmd.class, "解锁作业");
    COMMANDS.put(AbstractSetJobStateCmd.class, "挂起或激活作业");
    COMMANDS.put(AbstractSetJobDefinitionStateCmd.class, "挂起或激活作业");
    COMMANDS.put(CreateIncidentCmd.class, "处理事件");
    COMMANDS.put(ResolveIncidentCmd.class, "处理事件");
    COMMANDS.put(SetAnnotationForIncidentCmd.class, "处理事件");
    COMMANDS.put(AbstractDeleteProcessInstanceCmd.class, "删除流程实例");
    COMMANDS.put(AbstractSetProcessInstanceStateCmd.class, "挂起或激活流程实例");
    COMMANDS.put(AbstractUpdateProcessInstancesSuspendStateCmd.class, "挂起或激活流程实例");
  }

  private AdministratorCommands() {}

  static boolean covers(Object command) {
    return covers(command.getClass());
  }

  static boolean covers(Class<?> commandType) {
    return COMMANDS.keySet().stream().anyMatch(type -> type.isAssignableFrom(commandType));
  }

  static String describe(Object command) {
    return COMMANDS.entrySet().stream().filter(entry -> entry.getKey().isInstance(command))
        .map(Map.Entry::getValue).findFirst().orElse(command.getClass().getSimpleName());
  }
}
