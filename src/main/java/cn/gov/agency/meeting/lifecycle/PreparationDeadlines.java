package cn.gov.agency.meeting.lifecycle;

import java.time.LocalDateTime;
import java.util.List;

/**
 * When the notice must go out (R2.1, R3.3) and the materials go to the leader (R3.4), and when the
 * office and the host department are warned beforehand.
 *
 * @param calendarWarning set when a year involved is missing from the working calendar
 */
public record PreparationDeadlines(
    LocalDateTime noticeDeadline, LocalDateTime noticeEscalationAt,
    LocalDateTime materialsDeadline, LocalDateTime materialsEscalationAt,
    List<Integer> uncoveredYears, String calendarWarning) {}
