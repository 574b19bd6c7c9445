package cn.gov.agency.meeting.meeting;

/**
 * A meeting record as it was before and after one update, published in the updating transaction
 * so the audit's append-only change log records every changed field (who, when, old → new).
 */
public record MeetingChanged(MeetingRecord before, MeetingRecord after) {}
