package cn.gov.agency.meeting.support;

import cn.gov.agency.meeting.process.LifecycleVariables;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.NewMeeting;
import cn.gov.agency.meeting.meeting.Participant;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Approved meetings for stage tests, and the variables 会议全流程 hands to the stage processes. */
public final class SampleMeetings {

  private static final ZoneId AGENCY = ZoneId.of("Asia/Shanghai");

  private SampleMeetings() {}

  /** A filed work-deployment meeting of 政策法规处 on 2030-03-04 09:00–11:30 with four people and a guest. */
  public static MeetingRecord approvedMeeting(MeetingRows meetings) {
    return approvedMeeting(meetings, "work_deployment", LocalDateTime.of(2030, 3, 4, 9, 0));
  }

  /** Filed early enough for every preparation deadline (a short-notice meeting is a test of its own). */
  public static MeetingRecord approvedMeeting(MeetingRows meetings, String meetingType, LocalDateTime start) {
    LocalDateTime usualFiling = LocalDateTime.of(2030, 1, 10, 10, 0);
    return meetings.insertFiled(new NewMeeting("ADHOC", meetingType, "政策解读部署会", "policy", start,
        start.plusMinutes(150), "待定", "解读新政策，分解任务", new BigDecimal("3000.00"),
        List.of(Participant.person("fenggang"), Participant.person("wangli"), Participant.person("qianjun"),
            Participant.person("chenjing"), Participant.guest("张三", "市财政局")),
        "zhouping"), start.minusMonths(3).isBefore(usualFiling) ? start.minusMonths(3) : usualFiling);
  }

  /**
   * What the lifecycle passes to a stage process for {@code meeting}: ids and routing facts; the
   * stage's timers and due dates ask the meeting's schedule.
   */
  public static Map<String, Object> stageVariables(MeetingRecord meeting) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(LifecycleVariables.MEETING_ID, meeting.id());
    variables.put(LifecycleVariables.MEETING_TITLE, meeting.title());
    variables.put(LifecycleVariables.MEETING_TYPE, meeting.meetingType());
    variables.put(LifecycleVariables.HOST_DEPARTMENT, meeting.hostDepartmentCode());
    variables.put(LifecycleVariables.HOST_DEPARTMENT_NAME, "政策法规处");
    variables.put(LifecycleVariables.IMPORTANT, meeting.important());
    variables.put(LifecycleVariables.NEEDS_CATERING, meeting.needsCatering());
    variables.put(LifecycleVariables.NEEDS_ACCOMMODATION, meeting.needsAccommodation());
    return variables;
  }

  public static Date date(LocalDateTime time) {
    return Date.from(time.atZone(AGENCY).toInstant());
  }
}
