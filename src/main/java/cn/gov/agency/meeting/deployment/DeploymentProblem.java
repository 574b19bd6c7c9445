package cn.gov.agency.meeting.deployment;

/** One reason a file of the admin folders may not be deployed; {@code elementId} is null for the whole file. */
public record DeploymentProblem(String file, String elementId, String reason) {

  public String describe() {
    return file + (elementId == null ? "" : "#" + elementId) + "：" + reason;
  }
}
