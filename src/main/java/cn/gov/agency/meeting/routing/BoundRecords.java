package cn.gov.agency.meeting.routing;

import java.util.List;

/**
 * The records other than a meeting that a process instance can be bound to, as routing reads them.
 * The features owning them answer (adhoc/, plan/, followup/, opinions/, passon/), so routing names none of them and
 * every feature may depend on routing without closing a package cycle.
 */
public final class BoundRecords {

  private BoundRecords() {}

  /** 临时会议申请: the application row that stores the instance id. */
  public interface Applications {

    String processKey();

    String hostDepartment(String processInstanceId);

    String applicant(String processInstanceId);
  }

  /** 年度会议计划审批: the plan row that stores the instance id, and its department plans. */
  public interface Plans {

    String processKey();

    int year(String processInstanceId);

    List<String> departments(String processInstanceId);
  }

  /** 决议督办: the follow-up row that stores the instance id. */
  public interface FollowUps {

    String responsibleDepartment(String processInstanceId);
  }

  /** 意见建议办理: the symposium opinion row that stores the instance id. */
  public interface Opinions {

    String answeringDepartment(String processInstanceId);
  }

  /** 会议精神传达: the departments concerned that the meeting's passing-on fixed. */
  public interface PassOns {

    boolean concerns(long meetingId, String departmentCode);
  }
}
