package cn.gov.agency.meeting.meetingtype;

import java.util.List;

/**
 * What the minutes of a type hold and require (R1.1, R2), from processes/meeting-types.yaml:
 * {@code sections} the recorder fills in beyond the common record and the resolutions (codes of
 * {@link MinutesSection}), {@code required} the sections that need at least one row, each with the
 * message the recorder reads, and {@code requiredFields} of the common record beyond time, place
 * and content (today: {@code discussion}).
 */
public record MinutesStructure(List<String> sections, List<RequiredSection> required, List<String> requiredFields) {

  public static final MinutesStructure COMMON = new MinutesStructure(List.of(), List.of(), List.of());
  /** The common record's fields a type may make required. */
  public static final List<String> OPTIONAL_FIELDS = List.of("discussion");

  public MinutesStructure {
    sections = sections == null ? List.of() : List.copyOf(sections);
    required = required == null ? List.of() : List.copyOf(required);
    requiredFields = requiredFields == null ? List.of() : List.copyOf(requiredFields);
  }

  /** A section that needs at least one row, and why (the rule the recorder is shown). */
  public record RequiredSection(String section, String message) {}
}
