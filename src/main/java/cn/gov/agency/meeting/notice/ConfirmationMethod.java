package cn.gov.agency.meeting.notice;

import java.util.Arrays;
import java.util.Optional;

/** How receipt of a notice was confirmed: by the person themselves, or recorded by the office on their behalf. */
public enum ConfirmationMethod {
  LINK("本人通过通知链接确认", false),
  IN_APP("本人在系统内确认", false),
  PHONE("电话确认", true),
  IN_PERSON("当面确认", true),
  SMS_REPLY("短信回复确认", true),
  OTHER("其他方式确认", true);

  private final String label;
  private final boolean onBehalf;

  ConfirmationMethod(String label, boolean onBehalf) {
    this.label = label;
    this.onBehalf = onBehalf;
  }

  public String label() {
    return label;
  }

  public boolean onBehalf() {
    return onBehalf;
  }

  /** The ways the office may record a confirmation for someone else. */
  public static Optional<ConfirmationMethod> onBehalfFromValue(Object value) {
    return Arrays.stream(values()).filter(m -> m.onBehalf && m.name().equals(value)).findFirst();
  }
}
