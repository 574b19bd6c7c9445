package cn.gov.agency.meeting.contract;

import java.util.Map;

/**
 * One keyed field of a form. {@code readonly} fields are shown, not entered: Tasklist sends their
 * value back unchanged, anything else is refused. {@code options} are a select's, radio's or
 * checklist's allowed values with their labels, unless they come from the variable {@code optionsVariable}
 * ({@code valuesKey}). {@code maxLength} is the form's own limit for a text, null when it sets none.
 * Other limits (required, min, max, patterns) are business rules: the feature's own validation
 * checks them with its messages, after the contract. {@code keptAsVariable} is the form's own
 * declaration ({@code "properties": {"variable": "true"}} on the component) that a typed value stays a
 * process variable; without it a typed value is {@linkplain #handedOverTransient() handed over}.
 */
public record FormField(String key, String label, FieldKind kind, boolean readonly, Map<String, String> options,
    String optionsVariable, Integer maxLength, boolean keptAsVariable) {

  /** The custom property of a Camunda Forms component that keeps a typed value as a process variable. */
  public static final String KEEP_AS_VARIABLE = "variable";

  /**
   * A value a person types here reaches the step after the task only for the command's own
   * transaction (a transient variable): the step keeps it in the project's tables, the engine never
   * stores it, nor its history. Picked values (options, decisions, ticks) stay variables: they route.
   */
  public boolean handedOverTransient() {
    return !readonly && kind.typed() && !keptAsVariable;
  }
}
