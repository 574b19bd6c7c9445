package cn.gov.agency.meeting.deployment;

import java.util.stream.Collectors;

/** The admin folders failed the check: nothing was deployed. */
public class DeploymentRefusedException extends RuntimeException {

  private final DeploymentReport report;

  public DeploymentRefusedException(DeploymentReport report) {
    super("流程文件未通过部署检查，未部署任何内容：" + report.problems().stream()
        .map(DeploymentProblem::describe).collect(Collectors.joining("；")));
    this.report = report;
  }

  public DeploymentReport report() {
    return report;
  }
}
