package cn.gov.agency.meeting.bulletin;

/** The ways a bulletin reaches a person: the notice's channels. */
public enum BulletinChannel {
  IN_APP("系统内"),
  EMAIL("邮件"),
  SMS("短信");

  private final String label;

  BulletinChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
