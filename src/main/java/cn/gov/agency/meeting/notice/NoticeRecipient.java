package cn.gov.agency.meeting.notice;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDateTime;

/**
 * One participant a notice goes to: a person of the organisation (with the secret of their confirm
 * link) or a guest without an account, whom the office confirms on their behalf.
 */
public record NoticeRecipient(
    long id, long noticeId, String personUserId, String guestName, String guestUnit,
    @JsonIgnore String token, LocalDateTime confirmedAt, String confirmedBy,
    ConfirmationMethod confirmationMethod, String confirmationNote) {

  public boolean isGuest() {
    return personUserId == null;
  }

  public boolean confirmed() {
    return confirmedAt != null;
  }

  /** How the office's page and API address this recipient: the user id, or guest-<id> for a guest. */
  public String key() {
    return isGuest() ? GUEST_PREFIX + id : personUserId;
  }

  static final String GUEST_PREFIX = "guest-";
}
