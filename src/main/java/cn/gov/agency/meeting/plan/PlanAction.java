package cn.gov.agency.meeting.plan;

/** One recorded step of an annual plan, for the trail an auditor reads. */
public enum PlanAction {
  OPENED("发起年度计划"),
  ENTRY_ADDED("添加会议条目"),
  ENTRY_REMOVED("删除会议条目"),
  NO_MEETINGS("声明本年度无会议"),
  SUBMITTED("提交部门计划"),
  REMINDED("截止前提醒"),
  LATE("逾期未报"),
  URGED("办公室督促报送"),
  RETURNED("办公室退回部门修改"),
  FORWARDED("办公室报领导班子审定"),
  LEADERSHIP_RETURNED("领导班子退回办公室"),
  APPROVED("领导班子审定通过"),
  SCHEDULED("生成计划会议");

  private final String label;

  PlanAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
