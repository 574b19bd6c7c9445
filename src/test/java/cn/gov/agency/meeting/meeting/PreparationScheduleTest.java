package cn.gov.agency.meeting.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.support.ProcessTest;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The deadlines of R2.1/R3.3/R3.4 counted in the agency's working days, with the lead days of
 * processes/meeting-lead-times.dmn (seminar: notice 5, materials 3; work deployment: 3 and 2) and
 * the 2026 calendar of ../shared/spec/working-calendar.md.
 */
@ProcessTest
class PreparationScheduleTest {

  @Autowired PreparationSchedule schedule;

  @Test
  void countsBackOverTheNationalDayHolidays() {
    // Fri 9 Oct 2026: 1–7 Oct (National Day) and 25 Sep (Mid-Autumn) are days off, so the working
    // days before it are 8 Oct, 30, 29, 28 Sep and then Thu 24 Sep.
    PreparationDeadlines deadlines = schedule.deadlinesFor("business_seminar", LocalDateTime.of(2026, 10, 9, 9, 0));
    assertThat(deadlines.noticeDeadline()).isEqualTo(LocalDateTime.of(2026, 9, 24, 18, 0));
    assertThat(deadlines.noticeEscalationAt()).isEqualTo(LocalDateTime.of(2026, 9, 23, 9, 0));
    assertThat(deadlines.materialsDeadline()).isEqualTo(LocalDateTime.of(2026, 9, 29, 18, 0));
    assertThat(deadlines.materialsEscalationAt()).isEqualTo(LocalDateTime.of(2026, 9, 28, 9, 0));
    assertThat(deadlines.calendarWarning()).isNull();
  }

  @Test
  void aMakeUpSaturdayCountsAsAWorkingDay() {
    // Mon 12 Oct 2026: Sat 10 Oct is a make-up working day, Fri 9 and Thu 8 follow.
    PreparationDeadlines deadlines = schedule.deadlinesFor("work_deployment", LocalDateTime.of(2026, 10, 12, 14, 0));
    assertThat(deadlines.noticeDeadline()).isEqualTo(LocalDateTime.of(2026, 10, 8, 18, 0));
    assertThat(deadlines.materialsDeadline()).isEqualTo(LocalDateTime.of(2026, 10, 9, 18, 0));
    assertThat(deadlines.materialsEscalationAt()).isEqualTo(LocalDateTime.of(2026, 10, 8, 9, 0));
  }

  @Test
  void aMeetingFixedAfterADeadlineHasThatWorkDueAtItsStartAndNoWarningInThePast() {
    // Mon 12 Oct 2026, fixed Fri 9 Oct 10:00: past the notice deadline (Thu 8 Oct 18:00), before the
    // materials deadline (Fri 9 Oct 18:00) but after its warning (Thu 8 Oct 09:00).
    LocalDateTime start = LocalDateTime.of(2026, 10, 12, 14, 0);
    LocalDateTime fixedAt = LocalDateTime.of(2026, 10, 9, 10, 0);
    PreparationDeadlines deadlines = schedule.deadlinesFor("work_deployment", start, fixedAt);
    assertThat(deadlines.noticeDeadline()).as("the regulation's deadline stays")
        .isEqualTo(LocalDateTime.of(2026, 10, 8, 18, 0));
    assertThat(deadlines.noticeDue()).isEqualTo(start);
    assertThat(deadlines.noticeEscalationAt()).isEqualTo(fixedAt);
    assertThat(deadlines.materialsDue()).isEqualTo(LocalDateTime.of(2026, 10, 9, 18, 0));
    assertThat(deadlines.materialsEscalationAt()).isEqualTo(fixedAt);
    assertThat(deadlines.describe())
        .startsWith("通知发出期限 2026-10-08 18:00（短期会议：安排时已过此期限，须于会议开始 2026-10-12 14:00 前完成）")
        .endsWith("材料报送期限 2026-10-09 18:00（预警 2026-10-09 10:00）");
  }

  @Test
  void aYearMissingFromTheCalendarIsCountedAsWeekendsOnlyAndSaysSo() {
    PreparationDeadlines deadlines = schedule.deadlinesFor("work_deployment", LocalDateTime.of(2027, 3, 10, 9, 0));
    assertThat(deadlines.noticeDeadline()).isEqualTo(LocalDateTime.of(2027, 3, 5, 18, 0));
    assertThat(deadlines.uncoveredYears()).containsExactly(2027);
    assertThat(deadlines.calendarWarning()).contains("2027");
  }
}
