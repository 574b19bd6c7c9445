package cn.gov.agency.meeting.routing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of {@link TaskRouting} a diagram may name: whether it gives candidate groups or
 * the assignee, and what it means in words (for the administrator and the deployment check).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Route {

  Kind value();

  /** What the method gives, in the administrator's words, e.g. 分管领导（按会议记录的主办部门）. */
  String label();

  enum Kind {
    /** {@code camunda:candidateGroups}: one group id. */
    CANDIDATE_GROUPS("候选组"),
    /** {@code camunda:assignee} (or {@code camunda:candidateUsers}): one user id. */
    ASSIGNEE("办理人");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
