package cn.gov.agency.meeting.followup;

import java.util.List;

/**
 * GET /api/appraisal/resolutions?year=: resolutions due in the year as 绩效考核 input (R7.3) — per
 * responsible department and per responsible person (承办人) how many were done on time, late, not
 * done, or are still open — and each resolution with the trail of who was responsible at each point.
 */
public record ResolutionAppraisal(int year, List<DepartmentFigures> departments, List<PersonFigures> persons,
    List<FollowUpView> resolutions) {

  public ResolutionAppraisal {
    departments = List.copyOf(departments);
    persons = List.copyOf(persons);
    resolutions = List.copyOf(resolutions);
  }

  /**
   * One 承办人's resolutions; {@code userId} null for those of the department nobody has reported on
   * yet — the department answers for them alone.
   */
  public record PersonFigures(String userId, String personName, String departmentCode, String departmentName,
      int onTime, int late, int notDone, int open, int overdueOpen) {

    public int total() {
      return onTime + late + notDone + open;
    }
  }

  public record DepartmentFigures(String departmentCode, String departmentName, int onTime, int late, int notDone,
      int open, int overdueOpen) {

    public int total() {
      return onTime + late + notDone + open;
    }
  }
}
