package cn.gov.agency.meeting.hospitality;

import java.math.BigDecimal;

/** A checked catering arrangement (R3.6), before it is recorded. */
public record CateringPlan(DesignatedSupplier caterer, BigDecimal standardPerPerson, String menu, int headCount,
    int mealCount, String agreementReference, String responsibleUserId) {

  /** What the catering commits (R6.1): standard × diners × meals. */
  public BigDecimal cost() {
    return standardPerPerson.multiply(BigDecimal.valueOf((long) headCount * mealCount));
  }
}
