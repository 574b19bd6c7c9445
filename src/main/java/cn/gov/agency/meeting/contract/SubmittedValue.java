package cn.gov.agency.meeting.contract;

/**
 * A value a person sent, unwrapped from the engine's variable types: null, a String, a Number, a
 * Boolean, a java.util.Date, or a List/Map parsed from a JSON variable. {@code typeName} is the
 * variable type the sender gave (null when untyped); {@code opaque} marks types whose content the
 * contract never accepts from a person (serialized objects, files, bytes, XML).
 */
public record SubmittedValue(Object value, String typeName, boolean opaque) {

  public static SubmittedValue of(Object value, String typeName) {
    return new SubmittedValue(value, typeName, false);
  }

  public static SubmittedValue opaque(String typeName) {
    return new SubmittedValue(null, typeName, true);
  }
}
