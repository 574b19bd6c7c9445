package cn.gov.agency.meeting.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects violations while a whole input is checked, so the user sees every problem at once. */
public final class Violations {

  private final String subject;
  private final List<Violation> violations = new ArrayList<>();

  public Violations(String subject) {
    this.subject = subject;
  }

  public void add(String field, String label, String rule, String message) {
    violations.add(new Violation(field, label, rule, message));
  }

  public boolean has(String field) {
    return violations.stream().anyMatch(v -> v.field().equals(field));
  }

  /** The messages so far, for an answer that warns rather than refuses. */
  public List<String> messages() {
    return violations.stream().map(Violation::message).toList();
  }

  public void throwIfAny() {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(subject, violations);
    }
  }
}
