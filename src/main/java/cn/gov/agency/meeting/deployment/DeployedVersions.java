package cn.gov.agency.meeting.deployment;

import java.util.List;

/** The outcome of a deployment: unchanged folders create no deployment and no versions. */
public record DeployedVersions(String deploymentId, boolean changed, List<Definition> definitions) {

  public DeployedVersions {
    definitions = List.copyOf(definitions);
  }

  /** One new version of a process or decision definition. */
  public record Definition(String kind, String key, int version, String id) {}
}
