package cn.gov.agency.meeting.series;

import java.time.LocalDate;
import java.time.LocalTime;

/** A filed 周期会议: its rule, times and (if named) room; its meetings are records of their own. */
public record MeetingSeries(long id, String title, String hostDepartmentCode, String recurrenceRule,
    HolidayRule holidayRule, LocalDate firstDate, LocalTime startTime, LocalTime endTime, String roomCode) {}
