package cn.gov.agency.meeting.materials;

/**
 * Process variables of 会议材料 (meetingMaterials) beyond the lifecycle's; the forms in
 * forms/materials-*.form use the same keys.
 */
public final class MaterialsVariables {

  public static final String PROCESS_KEY = "meetingMaterials";

  /** String: the required kinds' names, for the forms (议程、领导讲话稿、工作报告). */
  public static final String REQUIRED_MATERIALS = "requiredMaterials";
  /** String: the department's 说明 sent with the materials. */
  public static final String MATERIALS_NOTE = "materialsNote";
  /** Long: the submission the leader reviews. */
  public static final String SUBMISSION_ID = "materialsSubmissionId";
  /** Long: 印刷份数 of the submission under review. */
  public static final String PRINT_COPIES = "printCopies";
  /** String: approve or return ({@link MaterialsDecision}). */
  public static final String MATERIALS_DECISION = "materialsDecision";
  public static final String MATERIALS_COMMENT = "materialsComment";

  private MaterialsVariables() {}
}
