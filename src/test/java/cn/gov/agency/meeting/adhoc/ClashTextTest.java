package cn.gov.agency.meeting.adhoc;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.clash.OverlappingMeeting;
import cn.gov.agency.meeting.clash.ParticipantClash;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The leader's form reads the clashes from one text variable, which the engine keeps in at most
 * 4,000 characters: a busy day (found by the benchmark: every participant in many overlapping
 * meetings) must still fit, and the people left out must be counted.
 */
class ClashTextTest {

  private static final LocalDateTime NINE = LocalDateTime.of(2045, 4, 3, 9, 0);

  @Test
  void nobodyClashing() {
    assertThat(ApplicationClashes.asText(List.of())).isEqualTo("无");
  }

  @Test
  void eachPersonNamesAFewMeetingsAndCountsTheRest() {
    String text = ApplicationClashes.asText(List.of(person(1, 5), person(2, 1)));

    assertThat(text.lines()).containsExactly(
        "同事1：2045-04-03 09:00—10:00 季度工作例会第1场；2045-04-03 09:00—10:00 季度工作例会第2场；"
            + "2045-04-03 09:00—10:00 季度工作例会第3场 等 5 个会议",
        "同事2：2045-04-03 09:00—10:00 季度工作例会第1场");
  }

  @Test
  void aBusyDayFitsTheEnginesTextLimitAndCountsThosePeopleLeftOut() {
    List<ParticipantClash> clashes = IntStream.rangeClosed(1, 80).mapToObj(i -> person(i, 6)).toList();

    String text = ApplicationClashes.asText(clashes);

    assertThat(text.length()).isLessThanOrEqualTo(ApplicationClashes.TEXT_LIMIT);
    List<String> lines = text.lines().toList();
    String last = lines.get(lines.size() - 1);
    assertThat(last).matches("……另有 \\d+ 人参会时间冲突，详见申请页面");
    int leftOut = Integer.parseInt(last.replaceAll("\\D", ""));
    assertThat(lines.size() - 1 + leftOut).as("everyone is either listed or counted").isEqualTo(80);
    assertThat(lines.size() - 1).as("as many as fit are listed").isGreaterThan(10);
  }

  private static ParticipantClash person(int number, int meetings) {
    return new ParticipantClash("p" + number, "同事" + number, false, IntStream.rangeClosed(1, meetings)
        .mapToObj(i -> new OverlappingMeeting((long) i, "季度工作例会第" + i + "场", NINE, NINE.plusHours(1), false))
        .toList());
  }
}
