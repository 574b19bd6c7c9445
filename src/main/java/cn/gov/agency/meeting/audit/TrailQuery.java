package cn.gov.agency.meeting.audit;

import java.time.LocalDate;

/**
 * A search over the trails of all meetings; every criterion is optional. {@code meeting} is a meeting
 * id or part of its title, {@code person} a user id or part of a name, {@code taskType} a step's name
 * (or part of it) or its key. {@code before} continues a search: only meetings with a smaller id
 * (the newest come first).
 */
public record TrailQuery(String meeting, String department, String person, LocalDate from, LocalDate to,
    String taskType, Long before) {

  public TrailQuery(String meeting, String department, String person, LocalDate from, LocalDate to,
      String taskType) {
    this(meeting, department, person, from, to, taskType, null);
  }
}
