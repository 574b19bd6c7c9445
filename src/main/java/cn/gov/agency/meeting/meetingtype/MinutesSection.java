package cn.gov.agency.meeting.meetingtype;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sections a type's minutes may have beyond the common record (time, place, attendees, content,
 * discussion) — the building blocks processes/meeting-types.yaml composes a type's output from (R1.1, R2).
 */
public enum MinutesSection {
  /** 决议事项: each with its responsible department and deadline; every type may record them. */
  RESOLUTIONS("resolutions", "决议事项"),
  /** 研讨成果和建议. */
  FINDINGS("findings", "研讨成果和建议"),
  /** 交流发言: speakers and their topics, with the exchange materials of the materials stage. */
  SPEAKERS("speakers", "交流发言"),
  /** 意见建议: who raised it, its category and the department that must answer it. */
  OPINIONS("opinions", "意见建议");

  private final String code;
  private final String label;

  MinutesSection(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<MinutesSection> of(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
