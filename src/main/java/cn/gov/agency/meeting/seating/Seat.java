package cn.gov.agency.meeting.seating;

/**
 * One place of the chart and who sits there. {@code protocolNumber} is the rostrum seat's rank
 * (1 = the centre); it belongs to the place, so a swap moves people, not ranks. {@code block} is the
 * department (or 来宾) the audience row was laid out for.
 */
public record Seat(long id, SeatArea area, int row, int number, Integer protocolNumber, String block,
    long attendeeId, String name, String unit, String position) {

  /** How the office names the seat when swapping. */
  public String label() {
    return area == SeatArea.ROSTRUM ? "主席台第" + number + "座（" + protocolNumber + "号位）"
        : "台下第" + row + "排第" + number + "座";
  }
}
