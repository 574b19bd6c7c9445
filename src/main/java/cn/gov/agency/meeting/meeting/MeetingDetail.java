package cn.gov.agency.meeting.meeting;

import java.util.List;

/** One meeting with its participants and its trail. */
public record MeetingDetail(MeetingRecord meeting, List<Participant> participants,
    List<MeetingEvents.MeetingEvent> events) {}
