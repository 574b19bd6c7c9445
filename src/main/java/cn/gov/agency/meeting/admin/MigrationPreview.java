package cn.gov.agency.meeting.admin;

import java.util.List;

/** What a migration to the latest version would do, per older version. */
public record MigrationPreview(String processDefinitionKey, int targetVersion, String targetDefinitionId,
    List<Source> sources) {

  public MigrationPreview {
    sources = List.copyOf(sources);
  }

  public long instancesToMove() {
    return sources.stream().filter(Source::valid).mapToLong(Source::runningInstances).sum();
  }

  /** One older version: how many running instances it has and why its plan is invalid, if it is. */
  public record Source(int version, String definitionId, long runningInstances, boolean valid, List<String> failures) {

    public Source {
      failures = List.copyOf(failures);
    }
  }
}
