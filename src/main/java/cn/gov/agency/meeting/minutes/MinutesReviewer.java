package cn.gov.agency.meeting.minutes;

/**
 * The two reviews of R4.3 in their order: the host department head reviews the recorder's draft,
 * the leader in charge approves what the head agreed to. Each knows its form fields and the
 * version status it acts on.
 */
public enum MinutesReviewer {
  HEAD("部门负责人审核纪要", "部门负责人", MinutesVariables.HEAD_DECISION, MinutesVariables.HEAD_COMMENT,
      VersionStatus.SUBMITTED, VersionStatus.HEAD_APPROVED),
  LEADER("分管领导审定纪要", "分管领导", MinutesVariables.LEADER_DECISION, MinutesVariables.LEADER_COMMENT,
      VersionStatus.HEAD_APPROVED, VersionStatus.APPROVED);

  private final String subject;
  private final String label;
  private final String decisionField;
  private final String commentField;
  private final VersionStatus reviews;
  private final VersionStatus approvedStatus;

  MinutesReviewer(String subject, String label, String decisionField, String commentField, VersionStatus reviews,
      VersionStatus approvedStatus) {
    this.subject = subject;
    this.label = label;
    this.decisionField = decisionField;
    this.commentField = commentField;
    this.reviews = reviews;
    this.approvedStatus = approvedStatus;
  }

  public String label() {
    return label;
  }

  String subject() {
    return subject;
  }

  String decisionField() {
    return decisionField;
  }

  String commentField() {
    return commentField;
  }

  VersionStatus reviews() {
    return reviews;
  }

  VersionStatus after(MinutesDecision decision) {
    return decision == MinutesDecision.APPROVE ? approvedStatus : VersionStatus.RETURNED;
  }

  /** The trail's action code, e.g. HEAD_RETURNED. */
  String action(MinutesDecision decision) {
    return name() + (decision == MinutesDecision.APPROVE ? "_APPROVED" : "_RETURNED");
  }
}
