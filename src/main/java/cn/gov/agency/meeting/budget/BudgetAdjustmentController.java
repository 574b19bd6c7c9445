package cn.gov.agency.meeting.budget;

import cn.gov.agency.meeting.security.CurrentUser;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 预算调整 (R6.2) requested by the host department's staff as JSON ({@code venueRental} …
 * {@code other}, {@code otherDescription}, {@code adjustmentReason}); the claim page's form posts
 * through the reimbursement pages, which show a refusal on the page.
 */
@RestController
class BudgetAdjustmentController {

  private final BudgetAdjustments adjustments;

  BudgetAdjustmentController(BudgetAdjustments adjustments) {
    this.adjustments = adjustments;
  }

  @PostMapping("/api/meetings/{id}/budget/adjustments")
  ResponseEntity<BudgetVersion> request(@PathVariable long id, @RequestBody Map<String, Object> body,
      CurrentUser user) {
    BudgetVersion version = adjustments.request(id, body, user);
    return ResponseEntity.created(URI.create("/api/meetings/" + id + "/budget")).body(version);
  }
}
