package cn.gov.agency.meeting.meeting;

/** The named staff of a meeting (R4.2 guidance and service, R3.5 equipment, R4.3 recording). */
public enum StaffDuty {
  RECORDER("记录人员"),
  USHER("会议引导"),
  SERVICE("会议服务"),
  EQUIPMENT("设备保障"),
  SIGN_IN("签到工作人员");

  private final String label;

  StaffDuty(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
