package cn.gov.agency.meeting.lifecycle;

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

  public PreparationDeadlines deadlinesFor(String meetingType, LocalDateTime meetingStart) {
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
    return new PreparationDeadlines(
        noticeDay.date().atTime(settings.deadlineTime()), noticeWarningDay.date().atTime(settings.escalationTime()),
        materialsDay.date().atTime(settings.deadlineTime()),
        materialsWarningDay.date().atTime(settings.escalationTime()), uncovered, warning);
  }

  private static CalendarAnswer remember(List<CalendarAnswer> answers, CalendarAnswer answer) {
    answers.add(answer);
    return answer;
  }
}
