package cn.gov.agency.meeting.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks rules; thrown before anything is saved so nothing is half-written. */
public class InvalidInputException extends RuntimeException {

  private final List<Violation> violations;

  public InvalidInputException(String subject, List<Violation> violations) {
    super(subject + "未通过校验：" + violations.stream().map(Violation::describe)
        .collect(Collectors.joining("；")));
    this.violations = List.copyOf(violations);
  }

  public static InvalidInputException of(String subject, Violation violation) {
    return new InvalidInputException(subject, List.of(violation));
  }

  public List<Violation> violations() {
    return violations;
  }
}
