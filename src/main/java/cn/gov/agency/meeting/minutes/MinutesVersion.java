package cn.gov.agency.meeting.minutes;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One version of a meeting's minutes: the working draft (number 0) or a submitted version with
 * the attendees and exchange materials frozen at submission, and the reviews it received.
 */
public record MinutesVersion(long id, long meetingId, int versionNo, VersionStatus status, MinutesContent minutes,
    List<AttendeeLine> attendees, List<ExchangeMaterial> exchangeMaterials, String writtenBy,
    LocalDateTime writtenAt, List<Review> reviews) {

  public MinutesVersion {
    attendees = List.copyOf(attendees);
    exchangeMaterials = List.copyOf(exchangeMaterials);
    reviews = List.copyOf(reviews);
  }

  public String statusLabel() {
    return status.label();
  }

  /** Someone at the meeting: name, unit (department or the guest's unit), position, 出席/迟到/应到. */
  /** {@code departure}: EARLY_DEPARTURE (早退) or LEFT_WITHOUT_PERMISSION (擅自离会) of one who came, else null. */
  public record AttendeeLine(String name, String unit, String position, String attendance, String attendanceLabel,
      String departure) {

    public String departureLabel() {
      return Attendance.departureLabel(departure);
    }
  }

  /** One exchange material of the materials stage (R3.4) listed in the compilation. */
  public record ExchangeMaterial(long fileId, String fileName, int version, String uploadedBy) {}

  public record Review(MinutesReviewer reviewer, String reviewerLabel, MinutesDecision decision, String decisionLabel,
      String reviewerUserId, String reviewerName, String comment, LocalDateTime decidedAt) {}
}
