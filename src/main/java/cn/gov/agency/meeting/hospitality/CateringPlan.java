package cn.gov.agency.meeting.hospitality;

import java.math.BigDecimal;

/** A checked catering arrangement (R3.6), before it is recorded. */
public record CateringPlan(DesignatedSupplier caterer, BigDecimal standardPerPerson, String menu, int headCount,
    int mealCount, String agreementReference, String responsibleUserId) {}
