package cn.gov.agency.meeting.meeting;

import java.util.List;

/**
 * One meeting with its participants and its trail, as one viewer may see it ({@link MeetingAccess}):
 * {@code participants} null for an outsider of a confidential meeting, {@code events} null for whoever
 * may not read the office's handling of it — null is "not shown", an empty list "none yet".
 */
public record MeetingDetail(MeetingView meeting, List<Participant> participants,
    List<MeetingEvents.MeetingEvent> events) {}
