package cn.gov.agency.meeting.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingExpressionsTest {

  private final Map<String, Route> routes = TaskRouting.routes();

  @Test
  void entriesSplitOnCommasOutsideExpressions() {
    assertThat(RoutingExpressions.entries("${taskRouting.hostHeads(execution)}, ${taskRouting.hostStaff(execution)}"))
        .containsExactly("${taskRouting.hostHeads(execution)}", "${taskRouting.hostStaff(execution)}");
    assertThat(RoutingExpressions.entries("office,${groups.of(a, b)}")).containsExactly("office", "${groups.of(a, b)}");
  }

  @Test
  void onlyARoutingMethodOfTheRightKindIsAccepted() {
    assertThat(RoutingExpressions.problem("${taskRouting.hostLeaders(execution)}", Route.Kind.CANDIDATE_GROUPS, routes))
        .isEmpty();
    assertThat(RoutingExpressions.problem("${taskRouting.recorder(execution)}", Route.Kind.ASSIGNEE, routes)).isEmpty();
    assertThat(RoutingExpressions.problem("leader-${hostDepartment}", Route.Kind.CANDIDATE_GROUPS, routes))
        .get().asString().contains("不能取自流程变量", "hostLeaders");
    assertThat(RoutingExpressions.problem("${taskRouting.everybody(execution)}", Route.Kind.CANDIDATE_GROUPS, routes))
        .get().asString().contains("everybody", "不是 taskRouting 的分派方法");
    assertThat(RoutingExpressions.problem("${taskRouting.hostLeaders(execution)}", Route.Kind.ASSIGNEE, routes))
        .get().asString().contains("给出的是候选组", "不是办理人");
    assertThat(RoutingExpressions.problem("${applicant}", Route.Kind.ASSIGNEE, routes)).isPresent();
  }

  @Test
  void everyRoutingMethodIsListedWithItsMeaning() {
    assertThat(routes).containsKeys("hostStaff", "hostHeads", "hostLeaders", "planDepartmentStaff",
        "responsibleStaff", "applicant", "recorder");
    assertThat(routes.values()).allSatisfy(route -> assertThat(route.label()).isNotBlank());
  }
}
