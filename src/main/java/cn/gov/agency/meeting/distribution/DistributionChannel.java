package cn.gov.agency.meeting.distribution;

/** How the minutes reach a person; stored by name in {@code minutes_delivery.channel}. */
public enum DistributionChannel {
  IN_APP("系统内分发"),
  EMAIL("电子邮件");

  private final String label;

  DistributionChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
