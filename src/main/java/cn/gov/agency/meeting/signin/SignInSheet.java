package cn.gov.agency.meeting.signin;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import java.util.List;

/** 签到表: the meeting, its sign-in window, every participant row and the totals. */
public record SignInSheet(MeetingRecord meeting, String hostDepartmentName, SignInWindow window, boolean closed,
    List<SheetRow> rows, AttendanceTotals totals) {}
