package cn.gov.agency.meeting.agenda;

/** Process variables of 议题征集与议程审定 (meetingAgenda); the forms agenda-*.form use the same keys. */
public final class AgendaVariables {

  public static final String PROCESS_KEY = "meetingAgenda";

  /** List of department codes: the multi-instance collection of 各部门提报议题. */
  public static final String DEPARTMENTS = "agendaDepartments";
  /** The multi-instance element: the department proposing (set by the process, never by a form). */
  public static final String DEPARTMENT = "department";
  /** Date: when the departments' proposal tasks close. */
  public static final String TOPIC_DEADLINE = "topicDeadline";
  /** The agenda page the tasks link to. */
  public static final String AGENDA_URL = "agendaUrl";

  /** Form fields (transient: the service stores them). */
  public static final String PROPOSED_TOPICS = "proposedTopics";
  public static final String AGENDA_ITEMS = "agendaItems";
  public static final String DECISION = "agendaDecision";
  public static final String COMMENT = "agendaComment";

  /** Boolean: the leader in charge fixed the agenda (else it goes back to the office). */
  public static final String APPROVED = "agendaApproved";

  private AgendaVariables() {}
}
