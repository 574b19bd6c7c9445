package cn.gov.agency.meeting.budget;

import cn.gov.agency.meeting.engine.ApplicationAuthority;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.process.EngineParticulars;
import cn.gov.agency.meeting.process.LifecycleVariables;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a 预算调整 (R6.2) as its own process instance (business key = meeting id) for the leader in
 * charge and then finance to decide on. The request is checked first; the process, the new version
 * and its id in the process commit together or not at all.
 */
@Component
public class BudgetAdjustments {

  private final BudgetForm form;
  private final BudgetService service;
  private final Meetings meetings;
  private final EngineParticulars particulars;
  private final RuntimeService runtimeService;
  private final ApplicationAuthority authority;

  BudgetAdjustments(BudgetForm form, BudgetService service, Meetings meetings,
      EngineParticulars particulars, RuntimeService runtimeService, ApplicationAuthority authority) {
    this.form = form;
    this.service = service;
    this.meetings = meetings;
    this.particulars = particulars;
    this.runtimeService = runtimeService;
    this.authority = authority;
  }

  /** Only the host department's staff (经办人) request an adjustment, as they drafted the budget. */
  public boolean mayRequest(CurrentUser user, MeetingRecord meeting) {
    return user.isIn(RoleCatalogue.departmentGroupId("staff", meeting.hostDepartmentCode()));
  }

  @Transactional
  public BudgetVersion request(long meetingId, Map<String, ?> values, CurrentUser user) {
    MeetingRecord meeting = meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("meeting " + meetingId));
    if (!mayRequest(user, meeting)) {
      throw new AuthorizationException(user.userId() + " may not request a budget adjustment of meeting " + meetingId);
    }
    BudgetDraft draft = form.readAdjustment(values);
    service.checkAdjustable(meetingId);
    VariableMap variables = Variables.createVariables()
        .putValue(LifecycleVariables.MEETING_ID, meeting.id());
    // Title and host department as any reader of the task may see them (R5.2).
    variables.putAll(particulars.of(meeting));
    // The version exists before its process, so the process starts with its id. Nobody holds rights to
    // start 预算调整 through Camunda's interfaces: the application starts it after the checks above.
    BudgetVersion version = service.recordAdjustment(meetingId, draft, user.userId());
    ProcessInstance instance = authority.call(() -> runtimeService.startProcessInstanceByKey(
        BudgetVariables.ADJUSTMENT_PROCESS_KEY, MeetingKey.of(meetingId),
        variables.putValue(BudgetVariables.BUDGET_VERSION_ID, version.id())));
    service.linkProcess(version.id(), instance.getId());
    return version;
  }
}
