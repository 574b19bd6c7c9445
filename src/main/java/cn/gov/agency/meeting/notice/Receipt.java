package cn.gov.agency.meeting.notice;

import java.time.LocalDateTime;
import java.util.List;

/** One participant on 通知到位情况: what reached them through which channel, and whether and how they confirmed. */
public record Receipt(String key, String name, boolean guest, boolean confirmed, LocalDateTime confirmedAt,
    String confirmedBy, String confirmationMethod, String confirmationNote, List<Delivery> deliveries) {}
