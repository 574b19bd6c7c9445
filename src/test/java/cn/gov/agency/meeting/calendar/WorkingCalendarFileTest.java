package cn.gov.agency.meeting.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.agency.meeting.calendar.WorkingCalendarFile.InvalidCalendarFileException;
import java.io.StringReader;
import java.time.LocalDate;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class WorkingCalendarFileTest {

  private static final String YEAR_2026 = """
      years:
        - year: 2026
          source: 国务院办公厅关于2026年部分节假日安排的通知
          holidays:
            - { name: 春节, from: 2026-02-15, to: 2026-02-23 }
          workdays:
            - { date: 2026-02-14, holiday: 春节 }
      """;

  @Test
  void readsYearsHolidaysAndMakeUpDays() {
    WorkingCalendar calendar = parse(YEAR_2026);

    assertThat(calendar.coveredYears()).containsExactly(2026);
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-16"))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
    assertThat(calendar.daysOff()).hasSize(9);
  }

  @Test
  void theAgencysOwnChangesOverrideTheNationalSchedule() {
    WorkingCalendar calendar = parse(YEAR_2026 + """
        agencyDaysOff:
          - { from: 2026-02-14, to: 2026-02-14, reason: 机关统一安排休息 }
        agencyWorkdays:
          - { date: 2026-02-23, reason: 年度总结会 }
        """);

    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-14"))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-23"))).isTrue();
    assertThat(calendar.coveredYears()).containsExactly(2026);
  }

  @Test
  void anUnparseableDateIsNamedWithItsEntry() {
    assertProblem(YEAR_2026.replace("to: 2026-02-23", "to: 2026-02-30"))
        .hasMessageContaining("第 5 行 2026 年 holidays “春节”")
        .hasMessageContaining("to 的值 2026-02-30 不是有效日期");
    assertProblem(YEAR_2026.replace("date: 2026-02-14", "date: 2026-2-14"))
        .hasMessageContaining("2026 年 workdays “春节”")
        .hasMessageContaining("2026-2-14 不是有效日期");
  }

  @Test
  void fromAfterToIsRejected() {
    assertProblem(YEAR_2026.replace("from: 2026-02-15, to: 2026-02-23", "from: 2026-02-23, to: 2026-02-15"))
        .hasMessageContaining("2026 年 holidays “春节”")
        .hasMessageContaining("from 2026-02-23 晚于 to 2026-02-15 (from is after to)");
  }

  @Test
  void aDateBothOffAndWorkingIsRejected() {
    assertProblem(YEAR_2026.replace("date: 2026-02-14", "date: 2026-02-15"))
        .hasMessageContaining("2026-02-15 既列为放假（第 5 行 2026 年 holidays “春节”）"
            + "又列为上班（第 7 行 2026 年 workdays “春节”）");
    assertProblem(YEAR_2026 + """
        agencyDaysOff:
          - { from: 2026-03-09, to: 2026-03-10, reason: 调整 }
        agencyWorkdays:
          - { date: 2026-03-10, reason: 加班 }
        """)
        .hasMessageContaining("2026-03-10 既列为放假")
        .hasMessageContaining("agencyWorkdays “加班”");
  }

  @Test
  void aDateOutsideItsDeclaredYearIsRejected() {
    assertProblem(YEAR_2026.replace("from: 2026-02-15", "from: 2025-12-31"))
        .hasMessageContaining("2025-12-31 至 2026-02-23 不在 2026 年内");
    assertProblem(YEAR_2026.replace("date: 2026-02-14", "date: 2027-02-13"))
        .hasMessageContaining("2027-02-13 不在 2026 年内");
  }

  @Test
  void theSameYearTwiceIsRejected() {
    assertProblem(YEAR_2026 + YEAR_2026.replace("years:\n", ""))
        .hasMessageContaining("第 8 行 2026 年：年份重复，第 2 行已有 2026 年");
  }

  @Test
  void aMakeUpDayOnAWeekdayIsRejected() {
    assertProblem(YEAR_2026.replace("date: 2026-02-14", "date: 2026-02-13"))
        .hasMessageContaining("2026-02-13 是星期五，调休上班日应是周六或周日");
  }

  @Test
  void missingAndUnknownKeysAreNamed() {
    assertProblem(YEAR_2026.replace("    source: 国务院办公厅关于2026年部分节假日安排的通知\n", ""))
        .hasMessageContaining("缺少字段 source");
    assertProblem(YEAR_2026.replace("holidays:", "holiday:"))
        .hasMessageContaining("未知字段 holiday")
        .hasMessageContaining("缺少字段 holidays");
    assertProblem(YEAR_2026.replace("year: 2026", "year: 二〇二六"))
        .hasMessageContaining("year 应是四位数年份");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    String twoMistakes = YEAR_2026
        .replace("to: 2026-02-23", "to: 2026-02-30")
        .replace("date: 2026-02-14", "date: 2026-02-13");

    assertThatThrownBy(() -> parse(twoMistakes))
        .isInstanceOfSatisfying(InvalidCalendarFileException.class,
            e -> assertThat(e.problems()).hasSize(2));
  }

  @Test
  void notYamlOrEmptyIsRejected() {
    assertProblem("years: [ { year: 2026").hasMessageContaining("不是合法的 YAML");
    assertProblem("").hasMessageContaining("文件为空");
  }

  private static WorkingCalendar parse(String yaml) {
    return WorkingCalendarFile.parse(new StringReader(yaml), "test.yaml");
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertProblem(String yaml) {
    return assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(InvalidCalendarFileException.class)
        .hasMessageContaining("工作日历文件 test.yaml 有误");
  }
}
