package cn.gov.agency.meeting.reimbursement;

import cn.gov.agency.meeting.upload.FileFacts;
import cn.gov.agency.meeting.upload.UploadFileNames;
import cn.gov.agency.meeting.budget.BudgetAdjustments;
import cn.gov.agency.meeting.budget.BudgetLine;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.validation.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * A meeting's claim (R6.2) as page and JSON: the host department's staff add, change and remove
 * items and upload invoices while the claim is drafted; finance accepts or returns each item while
 * it is in review. Invoice downloads are attachments with the type fixed at upload.
 */
@Controller
class ReimbursementController {

  private final ReimbursementService service;
  private final ReimbursementAccess access;
  private final ReimbursementSettings settings;
  private final BudgetAdjustments adjustments;
  private final OrganisationDirectory directory;

  ReimbursementController(ReimbursementService service, ReimbursementAccess access, ReimbursementSettings settings,
      BudgetAdjustments adjustments, OrganisationDirectory directory) {
    this.service = service;
    this.access = access;
    this.settings = settings;
    this.adjustments = adjustments;
    this.directory = directory;
  }

  @GetMapping("/api/meetings/{meetingId}/reimbursement")
  @ResponseBody
  ClaimView claim(@PathVariable long meetingId, CurrentUser user) {
    readable(meetingId, user);
    return service.view(meetingId);
  }

  @PostMapping("/api/meetings/{meetingId}/reimbursement/items")
  @ResponseBody
  ResponseEntity<ClaimItem> addItem(@PathVariable long meetingId, @RequestBody Map<String, Object> body,
      CurrentUser user) {
    editable(meetingId, user);
    ClaimItem item = service.addItem(meetingId, body, user.userId());
    return ResponseEntity.created(URI.create("/api/meetings/" + meetingId + "/reimbursement")).body(item);
  }

  @PutMapping("/api/meetings/{meetingId}/reimbursement/items/{itemId}")
  @ResponseBody
  ClaimItem updateItem(@PathVariable long meetingId, @PathVariable long itemId, @RequestBody Map<String, Object> body,
      CurrentUser user) {
    editable(meetingId, user);
    return service.updateItem(meetingId, itemId, body, user.userId());
  }

  @DeleteMapping("/api/meetings/{meetingId}/reimbursement/items/{itemId}")
  @ResponseBody
  @ResponseStatus(HttpStatus.NO_CONTENT)
  ResponseEntity<Void> removeItem(@PathVariable long meetingId, @PathVariable long itemId, CurrentUser user) {
    editable(meetingId, user);
    service.removeItem(meetingId, itemId, user.userId());
    return ResponseEntity.noContent().build();
  }

  @PostMapping(path = "/api/meetings/{meetingId}/reimbursement/items/{itemId}/invoices",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseBody
  ResponseEntity<Invoice> uploadInvoice(@PathVariable long meetingId, @PathVariable long itemId,
      @RequestParam(required = false) MultipartFile file, CurrentUser user) {
    Invoice invoice = store(meetingId, itemId, file, user);
    return ResponseEntity.created(URI.create(invoicePath(meetingId, invoice.id()))).body(invoice);
  }

  @GetMapping("/api/meetings/{meetingId}/reimbursement/invoices/{invoiceId}/content")
  @ResponseBody
  ResponseEntity<byte[]> download(@PathVariable long meetingId, @PathVariable long invoiceId, CurrentUser user) {
    readable(meetingId, user);
    ReimbursementService.Download download = service.download(meetingId, invoiceId);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(download.invoice().contentType()))
        .contentLength(download.content().length)
        .header(HttpHeaders.CONTENT_DISPOSITION, UploadFileNames.contentDisposition(download.invoice().fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .cacheControl(CacheControl.noStore().cachePrivate())
        .body(download.content());
  }

  @PostMapping("/api/meetings/{meetingId}/reimbursement/items/{itemId}/review")
  @ResponseBody
  ClaimItem review(@PathVariable long meetingId, @PathVariable long itemId, @RequestBody Map<String, Object> body,
      CurrentUser user) {
    reviewable(meetingId, user);
    return service.reviewItem(meetingId, itemId, body, user.userId());
  }

  @GetMapping("/app/meetings/{meetingId}/reimbursement")
  String page(@PathVariable long meetingId, CurrentUser user, Model model) {
    return render(meetingId, user, model, null);
  }

  @PostMapping(path = "/app/meetings/{meetingId}/reimbursement/items", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  String addItemFromPage(@PathVariable long meetingId, @RequestParam Map<String, String> form, CurrentUser user,
      Model model) {
    return onPage(meetingId, user, model, () -> {
      editable(meetingId, user);
      service.addItem(meetingId, form, user.userId());
    });
  }

  @PostMapping(path = "/app/meetings/{meetingId}/reimbursement/items/{itemId}/remove")
  String removeItemFromPage(@PathVariable long meetingId, @PathVariable long itemId, CurrentUser user, Model model) {
    return onPage(meetingId, user, model, () -> {
      editable(meetingId, user);
      service.removeItem(meetingId, itemId, user.userId());
    });
  }

  @PostMapping(path = "/app/meetings/{meetingId}/reimbursement/items/{itemId}/invoices",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String uploadFromPage(@PathVariable long meetingId, @PathVariable long itemId,
      @RequestParam(required = false) MultipartFile file, CurrentUser user, Model model) {
    return onPage(meetingId, user, model, () -> store(meetingId, itemId, file, user));
  }

  @PostMapping(path = "/app/meetings/{meetingId}/reimbursement/items/{itemId}/review",
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  String reviewFromPage(@PathVariable long meetingId, @PathVariable long itemId, @RequestParam Map<String, String> form,
      CurrentUser user, Model model) {
    return onPage(meetingId, user, model, () -> {
      reviewable(meetingId, user);
      service.reviewItem(meetingId, itemId, form, user.userId());
    });
  }

  /** 预算调整 from the claim page: the same request as POST /api/meetings/{id}/budget/adjustments. */
  @PostMapping(path = "/app/meetings/{meetingId}/reimbursement/budget-adjustment",
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  String adjustFromPage(@PathVariable long meetingId, @RequestParam Map<String, String> form, CurrentUser user,
      Model model) {
    return onPage(meetingId, user, model, () -> {
      readable(meetingId, user);
      adjustments.request(meetingId, form, user);
    });
  }

  private String onPage(long meetingId, CurrentUser user, Model model, Runnable action) {
    try {
      action.run();
    } catch (InvalidInputException e) {
      return render(meetingId, user, model, e);
    }
    return "redirect:" + ReimbursementService.pagePath(meetingId);
  }

  private Invoice store(long meetingId, long itemId, MultipartFile file, CurrentUser user) {
    editable(meetingId, user);
    try {
      return service.uploadInvoice(meetingId, itemId, file == null ? null : file.getOriginalFilename(),
          file == null ? null : file.getBytes(), user.userId());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String render(long meetingId, CurrentUser user, Model model, InvalidInputException error) {
    MeetingRecord meeting = readable(meetingId, user);
    ClaimView claim = service.view(meetingId);
    model.addAttribute("claim", claim);
    model.addAttribute("financeDecisions", service.financeDecisions(meetingId));
    model.addAttribute("editable", claim.claim().status().editable() && access.mayEdit(user, meeting));
    model.addAttribute("reviewable", claim.claim().status() == ClaimStatus.IN_REVIEW && access.mayReview(user));
    model.addAttribute("mayAdjust", adjustments.mayRequest(user, meeting)
        && claim.claim().status() != ClaimStatus.REIMBURSED);
    model.addAttribute("budgetLines", List.of(BudgetLine.values()));
    model.addAttribute("violations", error == null ? List.of() : error.violations());
    model.addAttribute("invoiceTypes", settings.invoiceTypes());
    model.addAttribute("maxInvoiceSize", FileFacts.readableSize(settings.maxInvoiceSize().toBytes()));
    model.addAttribute("names", directory.people().stream().collect(Collectors.toMap(Person::userId, Person::fullName)));
    return "reimbursement/claim";
  }

  private MeetingRecord readable(long meetingId, CurrentUser user) {
    MeetingRecord meeting = service.meeting(meetingId);
    if (!access.mayRead(user, meeting)) {
      throw new AuthorizationException("not entitled to the claim of meeting " + meetingId);
    }
    return meeting;
  }

  private void editable(long meetingId, CurrentUser user) {
    if (!access.mayEdit(user, readable(meetingId, user))) {
      throw new AuthorizationException("only the host department's staff draft the claim");
    }
  }

  private void reviewable(long meetingId, CurrentUser user) {
    readable(meetingId, user);
    if (!access.mayReview(user)) {
      throw new AuthorizationException("only finance reviews a claim");
    }
  }

  private static String invoicePath(long meetingId, long invoiceId) {
    return "/api/meetings/" + meetingId + "/reimbursement/invoices/" + invoiceId + "/content";
  }
}
