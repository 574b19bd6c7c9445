package cn.gov.agency.meeting.followup;

import java.util.List;

/**
 * GET /api/meetings/{id}/resolutions/{resolutionId}: one resolution's follow-up with its meeting and
 * every step (who reported, checked, urged, decided; R7.3).
 */
public record FollowUpView(long meetingId, String meetingTitle, FollowUp followUp, String statusLabel,
    List<FollowUpStep> trail) {

  public FollowUpView {
    trail = List.copyOf(trail);
  }
}
