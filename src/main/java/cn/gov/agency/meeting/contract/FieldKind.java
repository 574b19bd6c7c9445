package cn.gov.agency.meeting.contract;

import java.util.Optional;

/** What a keyed form component submits, as far as the contract is concerned. */
public enum FieldKind {
  /** textfield, textarea: a string. */
  TEXT("文本"),
  /** number: a number. */
  NUMBER("数字"),
  /** checkbox: true or false. */
  BOOLEAN("是/否"),
  /** select, radio: one of the listed values. */
  CHOICE("单选"),
  /** checklist, taglist: a list of the listed values (Tasklist sends it as JSON text). */
  CHOICES("多选"),
  /** datetime: an ISO date, time or date-time text. */
  DATETIME("日期时间");

  private final String label;

  FieldKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * What a person types (a text, a number, a date), as opposed to what they pick from the form's own
   * options or tick: typed values are the person's content, handed to the step, never kept by the engine.
   */
  public boolean typed() {
    return this == TEXT || this == NUMBER || this == DATETIME;
  }

  static Optional<FieldKind> ofComponentType(String type) {
    return Optional.ofNullable(switch (type) {
      case "textfield", "textarea" -> TEXT;
      case "number" -> NUMBER;
      case "checkbox" -> BOOLEAN;
      case "select", "radio" -> CHOICE;
      case "checklist", "taglist" -> CHOICES;
      case "datetime" -> DATETIME;
      default -> null;
    });
  }
}
