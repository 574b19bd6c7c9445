package cn.gov.agency.meeting.validation;

/**
 * One broken rule of one input field: {@code field} is the variable or JSON name, {@code label}
 * what the form calls it, {@code rule} a stable machine-readable name, {@code message} for people.
 */
public record Violation(String field, String label, String rule, String message) {

  public String describe() {
    return label + "（" + field + "）" + message;
  }
}
