package cn.gov.agency.meeting.leave;

import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingRecord;

/**
 * An upcoming meeting as one attendee sees it on 我的会议: their row on the list, their latest
 * leave request (or null) and whether they may ask for leave now.
 */
public record MyMeeting(MeetingRecord meeting, String typeName, Attendee attendee, LeaveRequest leave,
    boolean substituteRequired, boolean mayAsk) {}
