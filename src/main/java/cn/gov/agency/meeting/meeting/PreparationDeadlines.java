package cn.gov.agency.meeting.meeting;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * When the notice must go out (R2.1, R3.3) and the materials go to the leader (R3.4), and when the
 * office and the host department are warned beforehand.
 *
 * @param calendarWarning set when a year involved is missing from the working calendar
 * @param noticeDue when the notice is due: the deadline, or for a meeting fixed too late for it
 *     (短期会议) its start — a notice later than the deadline still needs its 特殊情况 reason (R3.3)
 * @param materialsDue the same for the materials
 */
public record PreparationDeadlines(
    LocalDateTime noticeDeadline, LocalDateTime noticeEscalationAt,
    LocalDateTime materialsDeadline, LocalDateTime materialsEscalationAt,
    List<Integer> uncoveredYears, String calendarWarning, LocalDateTime noticeDue, LocalDateTime materialsDue) {

  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** As the meeting's trail states them; a short-notice deadline says it is one. */
  public String describe() {
    return describe("通知发出期限", noticeDeadline, noticeEscalationAt, noticeDue) + "；"
        + describe("材料报送期限", materialsDeadline, materialsEscalationAt, materialsDue);
  }

  private static String describe(String what, LocalDateTime deadline, LocalDateTime warning, LocalDateTime due) {
    return what + " " + DAY_TIME.format(deadline) + (due.isAfter(deadline)
        ? "（短期会议：安排时已过此期限，须于会议开始 " + DAY_TIME.format(due) + " 前完成）"
        : "（预警 " + DAY_TIME.format(warning) + "）");
  }
}
