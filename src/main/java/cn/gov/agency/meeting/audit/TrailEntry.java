package cn.gov.agency.meeting.audit;

import java.time.LocalDateTime;

/**
 * One line of a meeting's audit trail, whatever it comes from (engine history or the project's
 * records). {@code process} and {@code activity} are ids (process key, task key), the labels are
 * what people read; {@code role} is the candidate group a task was offered to.
 */
public record TrailEntry(long meetingId, LocalDateTime at, TrailKind kind, String processKey, String processName,
    String activityKey, String activityName, String actorUserId, String actorName, String role, String detail) {

  /** As people read it: the actor's name, and names instead of logins in the detail. */
  TrailEntry named(String name, String namedDetail) {
    return new TrailEntry(meetingId, at, kind, processKey, processName, activityKey, activityName, actorUserId, name,
        role, namedDetail);
  }

  public String kindLabel() {
    return kind.label();
  }
}
