package cn.gov.agency.meeting.meeting;

import java.util.List;

/** One page of a year's meetings: {@code page} of {@code pages} (from 1), {@code total} rows in all. */
public record MeetingPage(List<MeetingView> meetings, int page, int pages, int total, int size) {}
