package cn.gov.agency.meeting.series;

import java.time.LocalDate;
import java.util.List;

/** What filing a series gave: its meetings (first one first), the rule dates dropped, the room clashes. */
public record SeriesFiled(long seriesId, List<Long> meetingIds, List<LocalDate> dropped, List<RoomClash> clashes) {

  public SeriesFiled {
    meetingIds = List.copyOf(meetingIds);
    dropped = List.copyOf(dropped);
    clashes = List.copyOf(clashes);
  }
}
