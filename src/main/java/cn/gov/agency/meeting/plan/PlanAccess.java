package cn.gov.agency.meeting.plan;

import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import java.util.List;

/** Who may see and edit what of an annual plan (R5.2 in spirit: each sees what their role needs). */
final class PlanAccess {

  private static final List<String> READ_ALL = List.of("office", "leadership", "auditor", "camunda-admin");

  private PlanAccess() {}

  static boolean mayEdit(CurrentUser user, String departmentCode) {
    return user.isIn(RoleCatalogue.departmentGroupId("staff", departmentCode))
        || user.isIn(RoleCatalogue.departmentGroupId("head", departmentCode));
  }

  static boolean mayReadDepartment(CurrentUser user, String departmentCode) {
    return mayEdit(user, departmentCode) || mayReadAll(user)
        || user.isIn(RoleCatalogue.departmentGroupId("leader", departmentCode));
  }

  static boolean mayReadAll(CurrentUser user) {
    return READ_ALL.stream().anyMatch(user::isIn);
  }
}
