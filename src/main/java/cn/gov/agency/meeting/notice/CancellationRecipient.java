package cn.gov.agency.meeting.notice;

/** Someone told that a meeting is cancelled, and why they are on the list. */
public record CancellationRecipient(long id, long meetingId, String personUserId, Role role) {

  public enum Role {
    PARTICIPANT("参会人员"),
    /** Stands in for a participant on approved leave (代会), who is not told in their place. */
    SUBSTITUTE("代会人员"),
    /** Recorder, ushers, service, equipment or sign-in staff named for the meeting. */
    STAFF("会务工作人员");

    private final String label;

    Role(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
