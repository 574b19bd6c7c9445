package cn.gov.agency.meeting.minutes;

import java.util.Arrays;

/**
 * The structured output each meeting type of R2 closes with, beyond the common record (time,
 * place, attendees, content, discussion) and resolutions, which every type may have. A type added
 * by configuration (R1.1) gets {@link #GENERAL}: the common record only.
 */
public enum MinutesOutput {
  /** 会议纪要: at least one resolution, each with its responsible department and deadline. */
  WORK_DEPLOYMENT("work_deployment", true, false, false, false),
  /** 研讨报告: results and proposals. */
  BUSINESS_SEMINAR("business_seminar", false, true, false, false),
  /** 经验交流材料汇编: the speakers and their topics, with the exchange materials of the materials stage. */
  EXPERIENCE_EXCHANGE("experience_exchange", false, false, true, false),
  /** 意见建议: every opinion with who raised it, its category and the department that must answer it. */
  SYMPOSIUM("symposium", false, false, false, true),
  GENERAL("", false, false, false, false);

  private final String typeCode;
  private final boolean requiresResolutions;
  private final boolean findings;
  private final boolean speakers;
  private final boolean opinions;

  MinutesOutput(String typeCode, boolean requiresResolutions, boolean findings, boolean speakers, boolean opinions) {
    this.typeCode = typeCode;
    this.requiresResolutions = requiresResolutions;
    this.findings = findings;
    this.speakers = speakers;
    this.opinions = opinions;
  }

  public static MinutesOutput of(String meetingType) {
    return Arrays.stream(values()).filter(o -> o != GENERAL && o.typeCode.equals(meetingType)).findFirst()
        .orElse(GENERAL);
  }

  public boolean requiresResolutions() {
    return requiresResolutions;
  }

  /** Results and proposals (研讨成果、建议) are recorded, at least one of them. */
  public boolean hasFindings() {
    return findings;
  }

  /** Speakers and their topics are recorded, at least one; the exchange materials are listed. */
  public boolean hasSpeakers() {
    return speakers;
  }

  /** Opinions and suggestions are recorded, at least one. */
  public boolean hasOpinions() {
    return opinions;
  }
}
