package cn.gov.agency.meeting.budget;

/** The lines R6.1 budgets in; {@code field} is the form key and JSON name, {@code label} the regulation's word. */
public enum BudgetLine {
  VENUE_RENTAL("venueRental", "场地租赁费"),
  EQUIPMENT_RENTAL("equipmentRental", "设备租赁费"),
  PRINTING("printing", "印刷费"),
  MEALS("meals", "餐费"),
  ACCOMMODATION("accommodation", "住宿费"),
  TRANSPORT("transport", "交通费"),
  OTHER("other", "其他");

  private final String field;
  private final String label;

  BudgetLine(String field, String label) {
    this.field = field;
    this.label = label;
  }

  public String field() {
    return field;
  }

  public String label() {
    return label;
  }
}
