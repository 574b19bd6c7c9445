package cn.gov.agency.meeting.audit;

import cn.gov.agency.meeting.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who reads audit trails: auditors (every meeting, confidential ones included) and the office,
 * which handles every meeting. Nobody else: a trail shows every field submitted in every task.
 */
@Component
class AuditAccess {

  private static final List<String> AUDIT_READERS = List.of("auditor", "office");

  boolean mayAudit(CurrentUser user) {
    return AUDIT_READERS.stream().anyMatch(user::isIn);
  }
}
