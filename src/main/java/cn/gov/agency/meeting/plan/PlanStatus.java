package cn.gov.agency.meeting.plan;

public enum PlanStatus {
  COLLECTING("各部门编报中"),
  AWAITING_LEADERSHIP("待领导班子审定"),
  APPROVED("已批准");

  private final String label;

  PlanStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
