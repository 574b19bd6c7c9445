package cn.gov.agency.meeting.distribution;

import java.time.LocalDateTime;
import java.util.List;

/** One row of the office's delivery list: who, why, in full or as a notice only, how it reached them. */
public record DeliveryLine(String userId, String name, String departmentName, String reasonLabel,
    String responsibleFor, boolean fullText, LocalDateTime readAt, List<MinutesDelivery> deliveries) {}
