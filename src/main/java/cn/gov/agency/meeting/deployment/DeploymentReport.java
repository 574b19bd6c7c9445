package cn.gov.agency.meeting.deployment;

import java.util.List;

/**
 * What the check found in the admin folders: deployable only when there are no problems; warnings
 * (bpmnlint's warning-level rules) are reported but do not block.
 */
public record DeploymentReport(String source, int files, List<DeploymentProblem> problems,
    List<DeploymentProblem> warnings) {

  public DeploymentReport {
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  public boolean passes() {
    return problems.isEmpty();
  }
}
