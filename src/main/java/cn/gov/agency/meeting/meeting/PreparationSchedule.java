package cn.gov.agency.meeting.meeting;

import cn.gov.agency.meeting.calendar.CalendarAnswer;
import cn.gov.agency.meeting.calendar.WorkingCalendarService;
import cn.gov.agency.meeting.meetingtype.LeadTimes;
import cn.gov.agency.meeting.meetingtype.MeetingLeadTimesTable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * Counts the preparation deadlines back from the meeting day in working days: "[X] working days
 * before" the meeting is the X-th working day before its date (weekends and holidays skipped,
 * make-up working days counted), X per meeting type from the lead-times table.
 */
@Service
public class PreparationSchedule {

  private final MeetingLeadTimesTable leadTimesTable;
  private final WorkingCalendarService calendar;
  private final PreparationSettings settings;

  public PreparationSchedule(MeetingLeadTimesTable leadTimesTable, WorkingCalendarService calendar,
      PreparationSettings settings) {
    this.leadTimesTable = leadTimesTable;
    this.calendar = calendar;
    this.settings = settings;
  }

  /** The deadlines as the regulation counts them, wherever they fall. */
  public PreparationDeadlines deadlinesFor(String meetingType, LocalDateTime meetingStart) {
    return deadlinesFor(meetingType, meetingStart, null);
  }

  /**
   * The deadlines of a meeting whose times were fixed at {@code fixedAt}. Work for a meeting fixed too
   * late for a deadline (短期会议) is due before it starts instead, and its warning goes out at once: a
   * due date in the past would only tell the office and the host department that they are late for
   * something they could never have done in time. The deadline itself stays what the regulation says.
   */
  public PreparationDeadlines deadlinesFor(String meetingType, LocalDateTime meetingStart, LocalDateTime fixedAt) {
    LeadTimes leadTimes = leadTimesTable.leadTimes(meetingType);
    LocalDate meetingDay = meetingStart.toLocalDate();
    List<CalendarAnswer> answers = new ArrayList<>();
    CalendarAnswer noticeDay = remember(answers, calendar.workingDaysBefore(meetingDay, leadTimes.noticeWorkingDays()));
    CalendarAnswer noticeWarningDay = remember(answers,
        calendar.workingDaysBefore(noticeDay.date(), settings.escalationWorkingDays()));
    CalendarAnswer materialsDay = remember(answers,
        calendar.workingDaysBefore(meetingDay, leadTimes.materialsWorkingDays()));
    CalendarAnswer materialsWarningDay = remember(answers,
        calendar.workingDaysBefore(materialsDay.date(), settings.escalationWorkingDays()));
    List<Integer> uncovered = new ArrayList<>(new TreeSet<>(answers.stream()
        .flatMap(a -> a.uncoveredYears().stream()).toList()));
    String warning = answers.stream().filter(CalendarAnswer::hasWarning).map(CalendarAnswer::warning)
        .findFirst().orElse(null);
    Deadline notice = deadline(noticeDay.date().atTime(settings.deadlineTime()),
        noticeWarningDay.date().atTime(settings.escalationTime()), meetingStart, fixedAt);
    Deadline materials = deadline(materialsDay.date().atTime(settings.deadlineTime()),
        materialsWarningDay.date().atTime(settings.escalationTime()), meetingStart, fixedAt);
    return new PreparationDeadlines(notice.at(), notice.warnAt(), materials.at(), materials.warnAt(), uncovered,
        warning, notice.due(), materials.due());
  }

  private record Deadline(LocalDateTime at, LocalDateTime warnAt, LocalDateTime due) {}

  private static Deadline deadline(LocalDateTime regular, LocalDateTime warning, LocalDateTime meetingStart,
      LocalDateTime fixedAt) {
    if (fixedAt == null) {
      return new Deadline(regular, warning, regular);
    }
    return new Deadline(regular, warning.isBefore(fixedAt) ? fixedAt : warning,
        regular.isBefore(fixedAt) ? meetingStart : regular);
  }

  private static CalendarAnswer remember(List<CalendarAnswer> answers, CalendarAnswer answer) {
    answers.add(answer);
    return answer;
  }
}
