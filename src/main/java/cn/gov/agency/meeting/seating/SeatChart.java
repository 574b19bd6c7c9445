package cn.gov.agency.meeting.seating;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

/** A meeting's seat chart as the pages and the API show it: the rostrum row, then the audience rows. */
public record SeatChart(long meetingId, ChartStatus status, String generatedBy, LocalDateTime generatedAt,
    String finalisedBy, LocalDateTime finalisedAt, List<Seat> rostrum, List<List<Seat>> audience) {

  public List<Seat> seats() {
    return Stream.concat(rostrum.stream(), audience.stream().flatMap(List::stream)).toList();
  }
}
