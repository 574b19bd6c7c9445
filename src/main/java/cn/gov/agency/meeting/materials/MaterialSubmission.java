package cn.gov.agency.meeting.materials;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One sending of the materials to the leader in charge, with the print quantity and the review;
 * {@code fileIds} are the versions that were sent.
 */
public record MaterialSubmission(long id, long meetingId, int round, String submittedBy, LocalDateTime submittedAt,
    String note, int participantCount, int spareCopies, int printCopies, MaterialsDecision decision,
    String reviewComment, String reviewedBy, LocalDateTime reviewedAt, List<Long> fileIds) {

  public MaterialSubmission {
    fileIds = List.copyOf(fileIds);
  }

  public String decisionLabel() {
    return decision == null ? "待审核" : decision.label();
  }
}
