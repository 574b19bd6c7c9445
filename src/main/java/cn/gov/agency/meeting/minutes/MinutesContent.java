package cn.gov.agency.meeting.minutes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the recorder writes (R4.3): when and where the meeting was held, what it was about, the
 * discussion, and the type's structured rows. Row ids are null until the rows are stored;
 * department names are filled in when read back.
 */
public record MinutesContent(LocalDateTime startedAt, LocalDateTime endedAt, String place, String content,
    String discussion, List<Resolution> resolutions, List<Finding> results, List<Finding> proposals,
    List<Speaker> speakers, List<Opinion> opinions) {

  public MinutesContent {
    resolutions = List.copyOf(resolutions);
    results = List.copyOf(results);
    proposals = List.copyOf(proposals);
    speakers = List.copyOf(speakers);
    opinions = List.copyOf(opinions);
  }

  /** 决议事项: what was decided, which department carries it out, by when. */
  public record Resolution(Long id, String text, String department, String departmentName, LocalDate deadline) {}

  /** A result or proposal of a seminar (研讨成果、建议), optionally with the department it concerns. */
  public record Finding(Long id, String text, String department, String departmentName) {}

  /** One speaker of an experience exchange and their topic. */
  public record Speaker(Long id, String name, String unit, String topic) {}

  /** One opinion or suggestion of a symposium, who raised it, its category and who must answer it. */
  public record Opinion(Long id, String text, String raisedBy, String unit, String category, String department,
      String departmentName) {}
}
