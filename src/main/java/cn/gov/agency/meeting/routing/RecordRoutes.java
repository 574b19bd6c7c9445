package cn.gov.agency.meeting.routing;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.StaffDuty;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import java.util.List;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Who works on a task, computed from the record its process instance is bound to, never from a
 * process variable: a variable is something a person could once have sent with a task, and a
 * candidate group computed from it let a clerk route her own application to herself (issue #22).
 * <ul>
 * <li>临时会议申请: the application row that stores the instance id (host department, applicant);</li>
 * <li>年度会议计划审批: the plan row that stores the instance id, and its department plans;</li>
 * <li>决议督办: the follow-up row that stores the instance id (responsible department);</li>
 * <li>意见建议办理: the symposium opinion row that stores the instance id (answering department);</li>
 * <li>会议精神传达: the meeting's passing-on, whose departments concerned it fixed;</li>
 * <li>every other process: the meeting whose id is the business key (host department, named staff).</li>
 * </ul>
 * Department codes must be departments of the organisation; a record that names none is refused
 * rather than routed to a group nobody belongs to.
 */
@Service
public class RecordRoutes {

  private final Meetings meetings;
  private final BoundRecords.Applications applications;
  private final BoundRecords.Plans plans;
  private final BoundRecords.FollowUps followUps;
  private final BoundRecords.Opinions opinions;
  private final BoundRecords.PassOns passOns;
  private final OrganisationDirectory directory;

  /** Lazy: the owners' services reach the engine's beans, and routing is asked for only once the engine runs. */
  RecordRoutes(Meetings meetings, @Lazy BoundRecords.Applications applications, @Lazy BoundRecords.Plans plans,
      @Lazy BoundRecords.FollowUps followUps, @Lazy BoundRecords.Opinions opinions,
      @Lazy BoundRecords.PassOns passOns, OrganisationDirectory directory) {
    this.opinions = opinions;
    this.passOns = passOns;
    this.meetings = meetings;
    this.applications = applications;
    this.plans = plans;
    this.followUps = followUps;
    this.directory = directory;
  }

  /** The meeting a meeting-keyed instance belongs to: its business key, which the application sets. */
  public static long meetingId(BoundInstance instance) {
    String key = instance.businessKey();
    return MeetingKey.meetingId(key).orElseThrow(() -> new IllegalStateException("流程实例 "
        + instance.processInstanceId() + "（" + instance.processDefinitionKey()
        + "）没有绑定会议：业务键应为会议编号（如 会议12），实为 " + key + " / the business key must name the meeting"));
  }

  public MeetingRecord meeting(BoundInstance instance) {
    long id = meetingId(instance);
    return meetings.find(id).orElseThrow(() -> new IllegalStateException(
        "流程实例 " + instance.processInstanceId() + " 绑定的会议 " + id + " 不存在 / the bound meeting does not exist"));
  }

  /** The host department of the bound application (临时会议申请) or meeting (everything else). */
  public String hostDepartment(BoundInstance instance) {
    if (applications.processKey().equals(instance.processDefinitionKey())) {
      return known(applications.hostDepartment(instance.processInstanceId()), instance);
    }
    if (plans.processKey().equals(instance.processDefinitionKey())) {
      throw new IllegalStateException("年度会议计划没有主办部门，请按部门分派（planDepartmentStaff）"
          + " / an annual plan has no host department");
    }
    return known(meeting(instance).hostDepartmentCode(), instance);
  }

  public String hostStaff(BoundInstance instance) {
    return RoleCatalogue.departmentGroupId("staff", hostDepartment(instance));
  }

  public String hostHeads(BoundInstance instance) {
    return RoleCatalogue.departmentGroupId("head", hostDepartment(instance));
  }

  public String hostLeaders(BoundInstance instance) {
    return RoleCatalogue.departmentGroupId("leader", hostDepartment(instance));
  }

  /** The person who applied: the application row's applicant, set from the login at registration. */
  public String applicant(BoundInstance instance) {
    return applications.applicant(instance.processInstanceId());
  }

  /** The recorder the office named in 会务分工与安全检查 (the meeting's staffing record). */
  public String recorder(BoundInstance instance) {
    long meetingId = meetingId(instance);
    List<String> recorders = meetings.staff(meetingId, StaffDuty.RECORDER);
    if (recorders.size() != 1) {
      throw new IllegalStateException("会议 " + meetingId + " 应有一名记录人员，会务分工记录中有 " + recorders.size()
          + " 名 / the staffing record must name exactly one recorder");
    }
    return recorders.get(0);
  }

  /**
   * The staff of one department of the bound annual plan. The department comes from the process's
   * multi-instance element (set by the process from the plan, not by a person); it must be one of
   * the plan's departments and of the organisation.
   */
  public String planDepartmentStaff(BoundInstance instance, Object department) {
    return RoleCatalogue.departmentGroupId("staff", planDepartment(instance, department));
  }

  /** {@code department} checked against the bound plan's department plans and the organisation. */
  public String planDepartment(BoundInstance instance, Object department) {
    String processInstanceId = instance.processInstanceId();
    boolean ofPlan = department instanceof String code && plans.departments(processInstanceId).contains(code);
    if (!ofPlan) {
      throw new IllegalStateException("部门 " + department + " 不是 " + plans.year(processInstanceId)
          + " 年度会议计划的编报部门 / not a department of the bound plan");
    }
    return known((String) department, instance);
  }

  /**
   * The staff of one department asked for topics (议题征集, R2). The department comes from the
   * process's multi-instance element over the agency's departments (set by the process, not by a
   * form); it must be a department of the organisation.
   */
  public String agendaDepartmentStaff(BoundInstance instance, Object department) {
    return RoleCatalogue.departmentGroupId("staff", known(department instanceof String code ? code : null, instance));
  }

  /**
   * The staff of one department concerned by the bound meeting's passing-on (R7.2: each department
   * records its own). The department comes from the process's multi-instance element; it must be one
   * the passing-on fixed for the meeting and of the organisation.
   */
  public String passOnDepartmentStaff(BoundInstance instance, Object department) {
    long meetingId = meetingId(instance);
    if (!(department instanceof String code) || !passOns.concerns(meetingId, code)) {
      throw new IllegalStateException("部门 " + department + " 不是会议 " + meetingId + " 精神传达涉及的部门"
          + " / not a department concerned by the bound meeting's passing-on");
    }
    return RoleCatalogue.departmentGroupId("staff", known(code, instance));
  }

  /** The staff of the department named to answer the bound symposium opinion (R2). */
  public String opinionOwnerStaff(BoundInstance instance) {
    return RoleCatalogue.departmentGroupId("staff", known(opinions.answeringDepartment(instance.processInstanceId()),
        instance));
  }

  /** The staff of the department responsible for the bound follow-up's resolution. */
  public String responsibleStaff(BoundInstance instance) {
    return RoleCatalogue.departmentGroupId("staff", known(followUps.responsibleDepartment(instance.processInstanceId()),
        instance));
  }

  private String known(String departmentCode, BoundInstance instance) {
    if (departmentCode == null || directory.department(departmentCode).isEmpty()) {
      throw new IllegalStateException("流程实例 " + instance.processInstanceId() + " 的记录所属部门 " + departmentCode
          + " 不在组织机构中 / not a department of the organisation");
    }
    return departmentCode;
  }
}
