package cn.gov.agency.meeting.compliance;

/**
 * What the compliance view counts: each a departure from the regulation that the records and the
 * trail already hold, with the rule it departs from and the stage of the trail that shows it.
 */
public enum ComplianceKind {
  NOTICE_LATE("通知晚发", "R3.3", "会议通知"),
  MATERIALS_LATE("材料逾期", "R3.4", "会议材料"),
  BUDGET_ADJUSTED("预算调整", "R6.2", "预算调整"),
  CLAIM_RETURNED("报销退回", "R6.2", "经费报销"),
  ABSENT("缺席", "R5.1", "会议签到"),
  LATE_ARRIVAL("迟到", "R5.1", "会议签到"),
  EARLY_DEPARTURE("早退", "R5.1", "会议签到"),
  LEFT_WITHOUT_PERMISSION("擅自离会", "R5.1", "会议签到"),
  ON_LEAVE("请假", "R5.1", "请假申请"),
  SUBSTITUTED("代会", "R5.1", "请假申请"),
  RESOLUTION_OVERDUE("决议逾期", "R7.3", "决议督办"),
  RECTIFICATION_URGED("督促整改", "R7.3", "决议督办"),
  PASSING_ON_INCOMPLETE("传达未完成", "R7.2", "会议精神传达"),
  PASSING_ON_UNACKNOWLEDGED("未确认知悉", "R7.2", "会议精神传达");

  private final String label;
  private final String rule;
  private final String stage;

  ComplianceKind(String label, String rule, String stage) {
    this.label = label;
    this.rule = rule;
    this.stage = stage;
  }

  public String label() {
    return label;
  }

  public String rule() {
    return rule;
  }

  /** The process name the meeting's trail page narrows to ({@code ?stage=}). */
  public String stage() {
    return stage;
  }
}
