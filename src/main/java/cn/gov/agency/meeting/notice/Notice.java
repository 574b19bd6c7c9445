package cn.gov.agency.meeting.notice;

import java.time.LocalDateTime;

/** A drafted meeting notice (R3.3); its rendered document is read separately, it can be long. */
public record Notice(
    long id, long meetingId, String processInstanceId, String requirements, String preparations,
    String theme, String themeRequirements, boolean late, String lateReason, boolean important,
    NoticeStatus status, String draftedBy, LocalDateTime draftedAt, LocalDateTime sentAt) {

  public String statusLabel() {
    return status.label();
  }
}
