package cn.gov.agency.meeting.figures;

import java.util.List;

/**
 * What one new meeting would do to its department's R1.2 limits of the year: each limit it would
 * exceed, as a Chinese sentence with the numbers. Empty when it stays within them.
 */
public record LimitCheck(String departmentCode, int year, List<String> exceeded) {

  public LimitCheck {
    exceeded = List.copyOf(exceeded);
  }

  public boolean exceedsAny() {
    return !exceeded.isEmpty();
  }

  /** One line for a form or a message; empty when nothing is exceeded. */
  public String summary() {
    return exceedsAny() ? "超出本部门" + year + "年会议控制指标（R1.2 严格控制会议数量、规模和时长）："
        + String.join("；", exceeded) : "";
  }
}
