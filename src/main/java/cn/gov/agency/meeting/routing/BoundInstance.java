package cn.gov.agency.meeting.routing;

/**
 * A process instance as far as its binding to a record goes: which process it runs, its own id
 * (stored by the records that an instance opens) and its business key (the meeting id for the
 * lifecycle, every stage it calls and the processes the application starts for a meeting). None of
 * the three can be written by a person.
 */
public record BoundInstance(String processDefinitionKey, String processInstanceId, String businessKey) {}
