package cn.gov.agency.meeting.series;

import java.time.LocalDate;
import java.util.List;

/**
 * The dates a series' rule gives after the holiday rule: the meetings to hold, and the rule dates
 * dropped (on a day off under SKIP, or moved onto a date the series already meets under MOVE).
 */
public record SeriesSchedule(List<Occurrence> occurrences, List<LocalDate> dropped) {

  public SeriesSchedule {
    occurrences = List.copyOf(occurrences);
    dropped = List.copyOf(dropped);
  }

  /** One meeting of the series: the date its rule gives and the date it is held. */
  public record Occurrence(LocalDate ruleDate, LocalDate date) {

    public boolean moved() {
      return !ruleDate.equals(date);
    }
  }
}
