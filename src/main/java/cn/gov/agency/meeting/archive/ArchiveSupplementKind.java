package cn.gov.agency.meeting.archive;

import java.util.Arrays;
import java.util.Optional;

/**
 * What is added to a meeting's archive after it was written (R7.4): the parts that end long after
 * the minutes are issued. Each names the {@link ArchiveSection#order()} of the section that writes it.
 */
public enum ArchiveSupplementKind {
  FOLLOW_UP(80, "决议事项落实情况"),
  OPINIONS(82, "意见建议办理与反馈情况"),
  PASSING_ON(85, "会议精神传达情况"),
  REIMBURSEMENT(100, "经费报销情况");

  private final int sectionOrder;
  private final String title;

  ArchiveSupplementKind(int sectionOrder, String title) {
    this.sectionOrder = sectionOrder;
    this.title = title;
  }

  int sectionOrder() {
    return sectionOrder;
  }

  public String title() {
    return title;
  }

  /** The kind a diagram names (input parameter {@code supplementKind}), or empty for an unknown name. */
  static Optional<ArchiveSupplementKind> named(Object name) {
    return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
  }
}
