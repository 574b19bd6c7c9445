package cn.gov.agency.meeting.adhoc;

/** One recorded step of an application's history. */
public enum ApplicationAction {
  SUBMITTED("提交申请", ApplicationStatus.SUBMITTED),
  APPROVED("分管领导同意", ApplicationStatus.APPROVED),
  REJECTED("分管领导不同意", ApplicationStatus.REJECTED),
  RETURNED("分管领导退回修改", ApplicationStatus.RETURNED),
  REVISED("申请人修改申请内容", ApplicationStatus.RETURNED),
  RESUBMITTED("修改后重新提交", ApplicationStatus.SUBMITTED),
  WITHDRAWN("申请人撤回", ApplicationStatus.WITHDRAWN),
  FILED("办公室备案", ApplicationStatus.FILED);

  private final String label;
  private final ApplicationStatus resultingStatus;

  ApplicationAction(String label, ApplicationStatus resultingStatus) {
    this.label = label;
    this.resultingStatus = resultingStatus;
  }

  public String label() {
    return label;
  }

  public ApplicationStatus resultingStatus() {
    return resultingStatus;
  }
}
