package cn.gov.agency.meeting.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.agency.meeting.adhoc.AdhocVariables;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleForms;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The inbox setting the benchmark chose (no standalone tasks, docs/benchmarks.md) keeps each role's
 * work its own: a leader's approval is in that leader's Tasklist filter and nobody else's, and only
 * that leader can complete it.
 */
@ProcessTest
class InboxAuthorizationTest {

  @Autowired ProcessEngine engine;

  @Test
  void aLeadersTaskIsSeenAndDoneOnlyByThatLeaderWithStandaloneTasksOff() {
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).isStandaloneTasksEnabled())
        .isFalse();
    AsUser as = new AsUser(engine.getIdentityService());
    Map<String, Object> form = SampleForms.adhocApplication();
    form.put("meetingTitle", "待办权限核对会");
    String instanceId = as.call("wangli", () -> engine.getRuntimeService()
        .startProcessInstanceByKey(AdhocVariables.PROCESS_KEY, form)).getId();
    Task approval = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();

    // qianjun leads policy; sunhong leads technology and finance; zhouping is the office.
    assertThat(visible("qianjun", instanceId, as)).isEqualTo(1);
    assertThat(visible("sunhong", instanceId, as)).isZero();
    assertThat(visible("zhouping", instanceId, as)).isZero();
    assertThat(inFilter("qianjun", "leader-approval:qianjun", approval, as)).isTrue();
    assertThat(inFilter("sunhong", "leader-approval:sunhong", approval, as)).isFalse();
    assertThat(inFilter("zhouping", "office:office", approval, as)).isFalse();
    assertThatThrownBy(() -> as.run("sunhong", () -> engine.getTaskService().complete(approval.getId(),
        Map.of("leaderDecision", "approve")))).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> as.run("zhouping", () -> engine.getTaskService().complete(approval.getId(),
        Map.of("leaderDecision", "approve")))).isInstanceOf(AuthorizationException.class);

    as.run("qianjun", () -> engine.getTaskService().complete(approval.getId(), Map.of("leaderDecision", "approve")));
    assertThat(engine.getTaskService().createTaskQuery().taskId(approval.getId()).count()).isZero();
  }

  private long visible(String user, String instanceId, AsUser as) {
    return as.call(user, () -> engine.getTaskService().createTaskQuery().processInstanceId(instanceId).count());
  }

  private boolean inFilter(String user, String origin, Task task, AsUser as) {
    Filter filter = engine.getFilterService().createTaskFilterQuery().list().stream()
        .filter(f -> f.getProperties() != null && origin.equals(f.getProperties().get("meetingInbox")))
        .findFirst().orElseThrow();
    return as.call(user, () -> engine.getFilterService().<Task>list(filter.getId()).stream()
        .anyMatch(found -> found.getId().equals(task.getId())));
  }
}
