package cn.gov.agency.meeting.lifecycle;

/** 取消会议: why the meeting is called off. */
public record CancelInput(String reason) {}
