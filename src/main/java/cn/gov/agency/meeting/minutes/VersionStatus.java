package cn.gov.agency.meeting.minutes;

/**
 * Where one version stands. DRAFT is the recorder's working draft (version 0); a submitted version
 * keeps its text for good, a returned one stays as it was and the next submission is a new version.
 */
public enum VersionStatus {
  DRAFT("草稿"),
  SUBMITTED("待部门负责人审核"),
  HEAD_APPROVED("部门负责人已同意，待分管领导审定"),
  APPROVED("已审定"),
  RETURNED("已退回修改");

  private final String label;

  VersionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
