package cn.gov.agency.meeting.clash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Leaders first, then protocol rank, then user id: the order the applicant and the leader read. */
class ClashOrderTest {

  @Test
  void leadersFirstThenByRankThenByUserId() {
    List<ParticipantClash> clashes = List.of(clash("staff2", false), clash("leader9", true), clash("staff1", false),
        clash("leader2", true), clash("staff0", false));
    Map<String, Integer> rank = Map.of("staff2", 5, "leader9", 9, "staff1", 5, "leader2", 2, "staff0", 1);

    assertThat(clashes.stream().sorted(ParticipantClashes.leadersFirst(rank)).map(ParticipantClash::userId))
        .containsExactly("leader2", "leader9", "staff0", "staff1", "staff2");
  }

  private static ParticipantClash clash(String userId, boolean leader) {
    return new ParticipantClash(userId, userId, leader, List.of());
  }
}
