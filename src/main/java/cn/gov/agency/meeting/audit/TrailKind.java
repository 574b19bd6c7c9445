package cn.gov.agency.meeting.audit;

/**
 * What a trail line records; the order breaks ties between lines of the same instant so a task is
 * created before it is assigned and completed, and a process starts before its tasks and ends after them.
 */
public enum TrailKind {
  PROCESS_STARTED("流程开始"),
  TASK_CREATED("任务产生"),
  TASK_ASSIGNED("任务分配"),
  TASK_CLAIMED("任务认领"),
  TASK_COMPLETED("任务办结"),
  TASK_CANCELLED("任务撤销"),
  RECORD_EVENT("业务记录"),
  RECORD_CHANGED("字段变更"),
  JOB_FAILED("作业失败"),
  INCIDENT_OPENED("发生故障"),
  INCIDENT_RESOLVED("故障已处理"),
  PROCESS_ENDED("流程结束");

  private final String label;

  TrailKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
