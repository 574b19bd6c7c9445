package cn.gov.agency.meeting.reimbursement;

import java.time.LocalDateTime;

/** One invoice file of an item; its bytes are read only for a download. */
public record Invoice(long id, long itemId, String fileName, String contentType, long sizeBytes, String sha256,
    String uploadedBy, LocalDateTime uploadedAt) {}
