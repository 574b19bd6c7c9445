package cn.gov.agency.meeting.lifecycle;

/** 会议改期: the new times (ISO local date-time, e.g. 2026-03-02T09:00) and why. */
public record RescheduleInput(String plannedStart, String plannedEnd, String reason) {}
