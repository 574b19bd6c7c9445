package cn.gov.agency.meeting.agenda;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Topic collection (R2 工作部署会): how many working days the departments have to propose topics
 * (their tasks close at the end of that day), and the limits of what they and the office type.
 */
@ConfigurationProperties("meeting.agenda")
public record AgendaSettings(
    @DefaultValue("2") int proposalWorkingDays,
    @DefaultValue("18:00") String proposalClosesAt,
    @DefaultValue("10") int maxTopicsPerDepartment,
    @DefaultValue("30") int maxAgendaItems,
    @DefaultValue("200") int maxLineLength) {

  public AgendaSettings {
    if (proposalWorkingDays < 1 || maxTopicsPerDepartment < 1 || maxAgendaItems < 1 || maxLineLength < 1) {
      throw new IllegalArgumentException("meeting.agenda: the working days and limits must be >= 1");
    }
    java.time.LocalTime.parse(proposalClosesAt);
  }
}
