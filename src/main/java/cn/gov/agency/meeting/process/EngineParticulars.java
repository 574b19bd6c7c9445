package cn.gov.agency.meeting.process;

import static cn.gov.agency.meeting.process.LifecycleVariables.HOST_DEPARTMENT;
import static cn.gov.agency.meeting.process.LifecycleVariables.HOST_DEPARTMENT_NAME;
import static cn.gov.agency.meeting.process.LifecycleVariables.MEETING_TITLE;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.organisation.InboxColumnGuard;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The meeting's particulars that every meeting process carries for its forms and inbox columns (会议名称,
 * 主办部门), as {@link MeetingAccess} lets readers not known in advance see them: whoever may read a task
 * reads its variables — a responsible department, an administrator. A confidential meeting is 涉密会议
 * there, from the moment the office marks it so; its entitled people read it on the pages the tasks
 * link to. Every process the application starts for a meeting takes its particulars from here.
 */
@Component
public class EngineParticulars implements InboxColumnGuard {

  /** The variables that name the meeting; routing never reads them (it reads the record). */
  public static final List<String> NAMES = List.of(MEETING_TITLE, HOST_DEPARTMENT, HOST_DEPARTMENT_NAME);

  private final Meetings meetings;
  private final MeetingAccess access;

  EngineParticulars(Meetings meetings, MeetingAccess access) {
    this.meetings = meetings;
    this.access = access;
  }

  /** Variable name → value for a process of {@code meeting}. */
  public Map<String, Object> of(MeetingRecord meeting) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(MEETING_TITLE, access.titleForAnyone(meeting));
    values.put(HOST_DEPARTMENT, access.hostDepartmentForAnyone(meeting));
    values.put(HOST_DEPARTMENT_NAME, access.hostDepartmentNameForAnyone(meeting));
    return values;
  }

  public String title(MeetingRecord meeting) {
    return access.titleForAnyone(meeting);
  }

  /**
   * A task of a meeting's process (its business key names the meeting) copies no particular of a confidential
   * meeting, even if a variable still holds it: a safeguard behind the variables themselves.
   */
  @Override
  public Object shown(String businessKey, String variable, Object value) {
    Long meetingId = MeetingKey.meetingId(businessKey).orElse(null);
    if (!NAMES.contains(variable) || meetingId == null) {
      return value;
    }
    if (!meetings.isConfidential(meetingId)) {
      return value;
    }
    return meetings.find(meetingId).map(this::of).map(values -> values.get(variable)).orElse(value);
  }
}
