package cn.gov.agency.meeting.series;

import java.util.List;

/**
 * A series with its occurrences. {@code roomClashes}: occurrences of a series with a room that hold
 * no booking while still open, i.e. the room was taken when the series was filed (the trail says by whom).
 */
public record SeriesView(MeetingSeries series, List<SeriesOccurrence> occurrences, List<SeriesOccurrence> roomClashes) {

  static SeriesView of(MeetingSeries series, List<SeriesOccurrence> occurrences) {
    return new SeriesView(series, occurrences, series.roomCode() == null ? List.of() : occurrences.stream()
        .filter(o -> o.roomCode() == null && !MeetingSeriesService.OVER.contains(o.status())).toList());
  }
}
