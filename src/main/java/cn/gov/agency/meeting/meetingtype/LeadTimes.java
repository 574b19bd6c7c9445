package cn.gov.agency.meeting.meetingtype;

/** The regulation's [X] working days for one meeting type (R2.1, R3.3, R3.4). */
public record LeadTimes(int noticeWorkingDays, int materialsWorkingDays) {}
