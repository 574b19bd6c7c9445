package cn.gov.agency.meeting.seating;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The agency's seating protocol (座次礼仪). The usual convention is 左为上 seen from the rostrum: the
 * first person at the centre, the second on their left, the third on their right; with an even
 * number the first two share the centre, the first on the left-centre. An agency that seats 右为上
 * sets {@code senior-side: RIGHT} (or states the side as the audience sees it with {@code seen-from}).
 *
 * @param seniorSide the side of the first person where the next most senior sits
 * @param seenFrom whose left and right {@code seniorSide} means
 * @param evenRule which of the two centre seats the first person takes when the rostrum seats an even number
 * @param audienceSeatsPerRow seats in one row of the audience; a department longer than that continues on the next row
 * @param maxRostrumSeats the longest rostrum the agency's rooms have
 */
@ConfigurationProperties("meeting.seating")
public record SeatingSettings(
    @DefaultValue("LEFT") Side seniorSide,
    @DefaultValue("ROSTRUM") Viewpoint seenFrom,
    @DefaultValue("FIRST_ON_SENIOR_SIDE") EvenRule evenRule,
    @DefaultValue("10") int audienceSeatsPerRow,
    @DefaultValue("25") int maxRostrumSeats) {

  public enum Side { LEFT, RIGHT }

  public enum Viewpoint { ROSTRUM, AUDIENCE }

  public enum EvenRule {
    /** 1号 on the centre seat of the senior side, 2号 beside them (the common rule). */
    FIRST_ON_SENIOR_SIDE,
    /** 1号 on the other centre seat, 2号 on the senior side's centre seat (used by some agencies). */
    FIRST_ON_OTHER_SIDE
  }

  public SeatingSettings {
    if (seniorSide == null || seenFrom == null || evenRule == null) {
      throw new IllegalArgumentException("meeting.seating.senior-side, seen-from and even-rule must be set");
    }
    if (audienceSeatsPerRow < 2 || audienceSeatsPerRow > 60) {
      throw new IllegalArgumentException("meeting.seating.audience-seats-per-row must be between 2 and 60");
    }
    if (maxRostrumSeats < 1 || maxRostrumSeats > 60) {
      throw new IllegalArgumentException("meeting.seating.max-rostrum-seats must be between 1 and 60");
    }
  }

  /** The senior side as the people on the rostrum see it: the audience's left is the rostrum's right. */
  boolean seniorOnRostrumLeft() {
    boolean left = seniorSide == Side.LEFT;
    return seenFrom == Viewpoint.ROSTRUM ? left : !left;
  }
}
