package cn.gov.agency.meeting.contract;

import java.util.Map;

/**
 * One keyed field of a form. {@code readonly} fields are shown, not entered: Tasklist sends their
 * value back unchanged, anything else is refused. {@code options} are a select's, radio's or
 * checklist's allowed values with their labels, unless they come from the variable {@code optionsVariable}
 * ({@code valuesKey}). {@code maxLength} is the form's own limit for a text, null when it sets none.
 * Other limits (required, min, max, patterns) are business rules: the feature's own validation
 * checks them with its messages, after the contract.
 */
public record FormField(String key, String label, FieldKind kind, boolean readonly, Map<String, String> options,
    String optionsVariable, Integer maxLength) {}
