package cn.gov.agency.meeting.meeting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A meeting as one viewer may see it (R5.2), made only by {@link MeetingAccess#view}. The accessors
 * carry the names of {@link MeetingRecord}'s, so pages and JSON read the same fields whoever looks;
 * what the viewer may not see is null.
 *
 * <ul>
 * <li>{@code busy} (an outsider of a confidential meeting): title 占用, the time, the booked room as
 *     {@code place} (null before a room is booked: a place typed on the application is not a room
 *     anyone can see taken), the year and hours the time gives; no id, so no link to follow.</li>
 * <li>an attendee of a confidential meeting: its particulars and content, not the office's handling
 *     (filing number, budget estimate, who filed it, the plan entry, the process).</li>
 * <li>anyone entitled, and everyone for a meeting that is not confidential: everything.</li>
 * </ul>
 */
public record MeetingView(
    Long id, boolean busy, String source, String meetingType, String title, String hostDepartmentCode,
    LocalDateTime plannedStart, LocalDateTime plannedEnd, String place, String content, BigDecimal budgetEstimate,
    MeetingStatus status, String filingNumber, String filedBy, LocalDateTime filedAt, Integer participantCount,
    Integer year, Long planEntryId, LocalDate plannedDate, Integer plannedMonth, BigDecimal plannedHours,
    Integer expectedParticipants, Boolean important, Boolean needsCatering, Boolean needsAccommodation,
    String lifecycleProcessInstanceId, boolean confidential) {

  static MeetingView everything(MeetingRecord m) {
    return new MeetingView(m.id(), false, m.source(), m.meetingType(), m.title(), m.hostDepartmentCode(),
        m.plannedStart(), m.plannedEnd(), m.place(), m.content(), m.budgetEstimate(), m.status(), m.filingNumber(),
        m.filedBy(), m.filedAt(), m.participantCount(), m.year(), m.planEntryId(), m.plannedDate(), m.plannedMonth(),
        m.plannedHours(), m.expectedParticipants(), m.important(), m.needsCatering(), m.needsAccommodation(),
        m.lifecycleProcessInstanceId(), m.confidential());
  }

  /** Particulars and content; the office's handling of it is not an attendee's business. */
  static MeetingView particulars(MeetingRecord m) {
    return new MeetingView(m.id(), false, m.source(), m.meetingType(), m.title(), m.hostDepartmentCode(),
        m.plannedStart(), m.plannedEnd(), m.place(), m.content(), null, m.status(), null, null, null,
        m.participantCount(), m.year(), null, m.plannedDate(), m.plannedMonth(), m.plannedHours(),
        m.expectedParticipants(), m.important(), m.needsCatering(), m.needsAccommodation(), null, m.confidential());
  }

  /** That a room or people are taken at a time (占用), not by what. */
  static MeetingView slot(MeetingRecord m, String bookedRoom) {
    return new MeetingView(null, true, null, null, MeetingAccess.BUSY, null, m.plannedStart(), m.plannedEnd(),
        bookedRoom, null, null, null, null, null, null, null, m.year(), null, null, null, m.plannedHours(), null,
        null, null, null, null, true);
  }

  /** True if the viewer may follow a link to the meeting's own pages. */
  public boolean linked() {
    return id != null;
  }
}
