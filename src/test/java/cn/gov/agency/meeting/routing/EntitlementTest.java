package cn.gov.agency.meeting.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntitlementTest {

  @Test
  void aMemberOfACandidateGroupOrTheAssigneeIsEntitledNobodyElse() {
    Entitlement leaders = Entitlement.of(List.of("leader-policy"), List.of());
    assertThat(leaders.entitles("qianjun", List.of("attendee", "leader-policy"))).isTrue();
    assertThat(leaders.entitles("sunhong", List.of("attendee", "leader-business"))).isFalse();
    // Being an administrator entitles to nothing: the decision would be recorded as the leader's.
    assertThat(leaders.entitles("admin", List.of("camunda-admin"))).isFalse();

    Entitlement recorder = Entitlement.of(List.of(), List.of("hanmei"));
    assertThat(recorder.entitles("hanmei", List.of("attendee"))).isTrue();
    assertThat(recorder.entitles("weilan", List.of("attendee", "recorder"))).isFalse();
    assertThat(Entitlement.of(List.of("office", "head-office"), List.of("hanmei")).describe())
        .isEqualTo("hanmei、head-office、office");
  }
}
