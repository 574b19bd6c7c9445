package cn.gov.agency.meeting.hospitality;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** The catering the office arranged for a meeting (R3.6), as recorded. */
public record CateringArrangement(long id, long meetingId, String catererCode, String catererName,
    BigDecimal standardPerPerson, String menu, int headCount, int mealCount, String agreementReference,
    String arrangedBy, LocalDateTime arrangedAt, String responsibleUserId) {

  /** What the arrangement costs at most: standard × diners × meals (compare the budget's 餐费). */
  public BigDecimal estimatedCost() {
    return standardPerPerson.multiply(BigDecimal.valueOf((long) headCount * mealCount));
  }
}
