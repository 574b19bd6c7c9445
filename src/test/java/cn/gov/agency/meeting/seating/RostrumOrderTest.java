package cn.gov.agency.meeting.seating;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.seating.SeatingSettings.EvenRule;
import cn.gov.agency.meeting.seating.SeatingSettings.Side;
import cn.gov.agency.meeting.seating.SeatingSettings.Viewpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rostrum by protocol number, written as the chart draws it: from the audience's left to right.
 * 左为上 seen from the rostrum is 右为上 seen from the audience, so 2号 appears right of 1号 on the page.
 */
class RostrumOrderTest {

  private static final SeatingSettings LEFT_FROM_ROSTRUM = settings(Side.LEFT, Viewpoint.ROSTRUM, EvenRule.FIRST_ON_SENIOR_SIDE);
  private static final SeatingSettings RIGHT_FROM_ROSTRUM = settings(Side.RIGHT, Viewpoint.ROSTRUM, EvenRule.FIRST_ON_SENIOR_SIDE);

  @ParameterizedTest(name = "{0} seats, 左为上: {1}")
  @CsvSource({"1, 1", "2, 2 1", "5, 5 3 1 2 4", "6, 6 4 2 1 3 5"})
  void leftIsSeniorSeenFromTheRostrum(int size, String drawn) {
    assertThat(drawnOrder(size, LEFT_FROM_ROSTRUM)).isEqualTo(drawn);
  }

  @ParameterizedTest(name = "{0} seats, 右为上: {1}")
  @CsvSource({"1, 1", "2, 1 2", "5, 4 2 1 3 5", "6, 5 3 1 2 4 6"})
  void theMirroredConventionIsConfigurationOnly(int size, String drawn) {
    assertThat(drawnOrder(size, RIGHT_FROM_ROSTRUM)).isEqualTo(drawn);
  }

  @Test
  void theSameSideNamedFromTheAudienceIsTheSameConvention() {
    SeatingSettings rightFromAudience = settings(Side.RIGHT, Viewpoint.AUDIENCE, EvenRule.FIRST_ON_SENIOR_SIDE);
    for (int size = 1; size <= 9; size++) {
      assertThat(drawnOrder(size, rightFromAudience)).isEqualTo(drawnOrder(size, LEFT_FROM_ROSTRUM));
    }
  }

  @Test
  void theOtherEvenRulePutsTheFirstPersonOnTheOtherCentreSeat() {
    SeatingSettings other = settings(Side.LEFT, Viewpoint.ROSTRUM, EvenRule.FIRST_ON_OTHER_SIDE);
    assertThat(drawnOrder(2, other)).isEqualTo("1 2");
    assertThat(drawnOrder(6, other)).isEqualTo("6 4 1 2 3 5");
    assertThat(drawnOrder(5, other)).isEqualTo("5 3 1 2 4");
  }

  /** Protocol numbers from the audience's leftmost seat to the right, space-separated. */
  private static String drawnOrder(int size, SeatingSettings settings) {
    int[] seatOf = RostrumOrder.seats(size, settings);
    String[] bySeat = new String[size];
    for (int k = 0; k < size; k++) {
      assertThat(bySeat[seatOf[k] - 1]).as("seat %d taken twice", seatOf[k]).isNull();
      bySeat[seatOf[k] - 1] = String.valueOf(k + 1);
    }
    return String.join(" ", bySeat);
  }

  private static SeatingSettings settings(Side side, Viewpoint seenFrom, EvenRule evenRule) {
    return new SeatingSettings(side, seenFrom, evenRule, 10, 25);
  }
}
