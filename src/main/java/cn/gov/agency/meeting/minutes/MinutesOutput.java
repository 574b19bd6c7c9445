package cn.gov.agency.meeting.minutes;

import cn.gov.agency.meeting.meetingtype.MinutesSection;
import cn.gov.agency.meeting.meetingtype.MinutesStructure;
import cn.gov.agency.meeting.meetingtype.MinutesStructure.RequiredSection;
import java.util.List;
import java.util.Optional;

/**
 * The structured output a meeting type closes with (R2), beyond the common record and the
 * resolutions every type may have: read from the type's {@code minutes} entry of
 * processes/meeting-types.yaml (R1.1), so a type an administrator adds gets its sections and its
 * required rows and fields without code. A type the file does not declare gets the common record.
 */
public record MinutesOutput(MinutesStructure structure) {

  public static MinutesOutput of(MinutesStructure structure) {
    return new MinutesOutput(structure == null ? MinutesStructure.COMMON : structure);
  }

  public boolean requiresResolutions() {
    return required(MinutesSection.RESOLUTIONS).isPresent();
  }

  /** Results and proposals (研讨成果、建议) are recorded. */
  public boolean hasFindings() {
    return has(MinutesSection.FINDINGS);
  }

  /** Speakers and their topics are recorded; the exchange materials are listed. */
  public boolean hasSpeakers() {
    return has(MinutesSection.SPEAKERS);
  }

  /** Opinions and suggestions are recorded. */
  public boolean hasOpinions() {
    return has(MinutesSection.OPINIONS);
  }

  /** The rule the recorder reads when the section needs a row and has none; empty when it needs none. */
  public Optional<String> required(MinutesSection section) {
    return structure.required().stream().filter(r -> r.section().equals(section.code()))
        .map(RequiredSection::message).findFirst();
  }

  /** Fields of the common record the type makes required (beyond time, place and content). */
  public List<String> requiredFields() {
    return structure.requiredFields();
  }

  private boolean has(MinutesSection section) {
    return structure.sections().contains(section.code());
  }
}
