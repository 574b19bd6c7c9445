package cn.gov.agency.meeting.venue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One room in one month (会议室使用率): minutes booked by meetings not cancelled, within office
 * hours of working days, over the minutes available then (out-of-service periods deducted).
 */
public record RoomUsage(Room room, long bookedMinutes, long availableMinutes) {

  public BigDecimal bookedHours() {
    return hours(bookedMinutes);
  }

  public BigDecimal availableHours() {
    return hours(availableMinutes);
  }

  /** Per cent with one decimal; zero when the room was not available at all. */
  public BigDecimal ratePercent() {
    return availableMinutes == 0 ? BigDecimal.ZERO.setScale(1)
        : BigDecimal.valueOf(bookedMinutes * 100L).divide(BigDecimal.valueOf(availableMinutes), 1, RoundingMode.HALF_UP);
  }

  private static BigDecimal hours(long minutes) {
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
  }
}
