package cn.gov.agency.meeting.bench;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rooms of the benchmark database only (code BENCHnnn, with a projector) and a room for each next
 * meeting. Meetings start two minutes ahead (an application must be for the future, passing the
 * meeting on can only be recorded from its day on) and last five minutes, each in a room free then.
 */
final class BenchRooms {

  static final ZoneId AGENCY = ZoneId.of("Asia/Shanghai");
  private static final int MINUTES = 5;

  private final List<String> codes = new ArrayList<>();
  private final List<LocalDateTime> freeFrom = new ArrayList<>();

  BenchRooms(JdbcTemplate jdbc, String prefix, int count) {
    LocalDateTime now = LocalDateTime.now(AGENCY);
    for (int i = 0; i < count; i++) {
      String code = String.format("%s%03d", prefix, i);
      jdbc.update("""
          insert into room (code, name, building, floor, capacity, active, updated_at)
          values (?, ?, '基准测试楼', 1, 50, true, ?)""", code, "基准测试会议室" + code, now);
      jdbc.update("insert into room_equipment (room_id, equipment_code) select id, 'projector' from room where code = ?",
          code);
      codes.add(code);
      freeFrom.add(now);
    }
  }

  /** The next free room and period [start, start + 5 min), reserved in this list. */
  synchronized Slot next() {
    LocalDateTime earliest = LocalDateTime.now(AGENCY).plusMinutes(2).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    int best = 0;
    for (int i = 1; i < codes.size(); i++) {
      if (freeFrom.get(i).isBefore(freeFrom.get(best))) {
        best = i;
      }
    }
    LocalDateTime start = freeFrom.get(best).isAfter(earliest) ? freeFrom.get(best) : earliest;
    if (!start.toLocalDate().equals(LocalDateTime.now(AGENCY).toLocalDate())) {
      throw new IllegalStateException("No meeting slot left today (Asia/Shanghai): a meeting must be held "
          + "today to be passed on today; run the benchmark earlier in the day");
    }
    freeFrom.set(best, start.plusMinutes(MINUTES));
    return new Slot(codes.get(best), start, start.plusMinutes(MINUTES));
  }

  record Slot(String room, LocalDateTime start, LocalDateTime end) {}
}
