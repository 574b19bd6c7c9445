package cn.gov.agency.meeting.minutes;

import cn.gov.agency.meeting.minutes.MinutesContent.Resolution;
import java.util.List;

/**
 * GET /api/meetings/{id}/minutes: the approved, final version, and its resolutions as structured
 * data (id, text, responsible department, deadline) for the follow-up of R7.1 and R7.3.
 */
public record ApprovedMinutes(long meetingId, String meetingTitle, String meetingType, String outputDocument,
    MinutesVersion version, List<Resolution> resolutions) {

  public ApprovedMinutes {
    resolutions = List.copyOf(resolutions);
  }
}
