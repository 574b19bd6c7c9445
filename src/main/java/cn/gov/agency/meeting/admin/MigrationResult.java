package cn.gov.agency.meeting.admin;

/** Running instances moved from one version to the latest. */
public record MigrationResult(String processDefinitionKey, int fromVersion, int toVersion, long migratedInstances) {}
