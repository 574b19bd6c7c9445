package cn.gov.agency.meeting.signin;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import cn.gov.agency.meeting.validation.Violations;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 会议签到: a person's own codes and signing in with them, desk sign-in by the sign-in staff, and
 * the sign-in sheet with the attendance totals.
 */
@Controller
class SignInController {

  private final SignInService signIn;
  private final SignInAccess access;
  private final SignInQrCodes qrCodes;
  private final Meetings meetings;

  SignInController(SignInService signIn, SignInAccess access, SignInQrCodes qrCodes, Meetings meetings) {
    this.signIn = signIn;
    this.access = access;
    this.qrCodes = qrCodes;
    this.meetings = meetings;
  }

  /** {@code code}, and {@code meetingId} when the device knows at which meeting's entrance it is. */
  record SignInRequest(String code, Long meetingId) {}

  record DeskSignInRequest(Long attendeeId, String note) {}

  /** 早退: the person's own code and, if they wish, why they leave. */
  record SignOutRequest(String code, String reason) {}

  /** A departure marked at the desk: whose, EARLY_DEPARTURE (早退) or LEFT_WITHOUT_PERMISSION (擅自离会), a note. */
  record DeskDepartureRequest(Long attendeeId, String departure, String note) {}

  @GetMapping("/api/meetings/{meetingId}/sign-in-code")
  @ResponseBody
  MySignInCode myCode(@PathVariable long meetingId, CurrentUser user) {
    return signIn.codeFor(meetingId, user.userId());
  }

  @GetMapping("/api/my/sign-in-codes")
  @ResponseBody
  List<MySignInCode> myCodes(CurrentUser user) {
    return signIn.openCodesOf(user.userId());
  }

  @GetMapping("/app/my/sign-in-codes")
  String myCodesPage(CurrentUser user, Model model) {
    model.addAttribute("codes", signIn.openCodesOf(user.userId()));
    return "signin/my-codes";
  }

  /** The QR code image: to its own person, and a guest's to the office that hands it over. */
  @GetMapping("/api/sign-in-codes/{code}/qr.png")
  @ResponseBody
  ResponseEntity<byte[]> qr(@PathVariable String code, CurrentUser user) {
    SignInCode readable = signIn.readableCode(code, user);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
        .body(qrCodes.png(readable.code()));
  }

  @GetMapping("/api/meetings/{meetingId}/sign-in-codes/guests")
  @ResponseBody
  List<GuestSignInCode> guestCodes(@PathVariable long meetingId, CurrentUser user) {
    requireOffice(user);
    return signIn.guestCodes(meetingId);
  }

  @PostMapping("/api/sign-in")
  @ResponseBody
  SignInConfirmation signIn(@RequestBody SignInRequest request, CurrentUser user) {
    return signIn.signIn(request.code(), request.meetingId(), user.userId());
  }

  @PostMapping("/api/meetings/{meetingId}/sign-in/desk")
  @ResponseBody
  SignInConfirmation desk(@PathVariable long meetingId, @RequestBody DeskSignInRequest request, CurrentUser user) {
    if (request.attendeeId() == null) {
      throw InvalidInputException.of("现场核验签到", new Violation("attendeeId", "参会人员", "required", "必须填写"));
    }
    return signIn.signInAtDesk(meetingId, request.attendeeId(), request.note(), user);
  }

  @PostMapping("/api/sign-out")
  @ResponseBody
  DepartureConfirmation signOut(@RequestBody SignOutRequest request, CurrentUser user) {
    return signIn.signOut(request.code(), request.reason(), user.userId());
  }

  @PostMapping("/api/meetings/{meetingId}/sign-in/departures")
  @ResponseBody
  DepartureConfirmation deskDeparture(@PathVariable long meetingId, @RequestBody DeskDepartureRequest request,
      CurrentUser user) {
    Violations violations = new Violations("登记离会");
    if (request.attendeeId() == null) {
      violations.add("attendeeId", "参会人员", "required", "必须填写");
    }
    Departure departure = departure(request.departure(), violations);
    violations.throwIfAny();
    return signIn.departureAtDesk(meetingId, request.attendeeId(), departure, request.note(), user);
  }

  /** 本人签退 from the confirm page the QR code leads to. */
  @PostMapping("/app/sign-in/{code}/sign-out")
  String signOutFromPage(@PathVariable String code, @RequestParam(required = false) String reason, CurrentUser user,
      Model model) {
    try {
      model.addAttribute("departure", signIn.signOut(code, reason, user.userId()));
    } catch (SignInRefusedException e) {
      model.addAttribute("error", e.getMessage());
    }
    return "signin/signed-out";
  }

  /** Where the QR code leads: the person sees the meeting and confirms. */
  @GetMapping("/app/sign-in/{code}")
  String confirmPage(@PathVariable String code, CurrentUser user, Model model) {
    try {
      model.addAttribute("code", signIn.preview(code, user.userId()));
    } catch (SignInRefusedException e) {
      model.addAttribute("error", e.getMessage());
    }
    return "signin/confirm";
  }

  @PostMapping("/app/sign-in/{code}")
  String signInFromPage(@PathVariable String code, CurrentUser user, Model model) {
    try {
      model.addAttribute("confirmation", signIn.signIn(code, null, user.userId()));
    } catch (SignInRefusedException e) {
      model.addAttribute("error", e.getMessage());
    }
    return "signin/result";
  }

  @GetMapping("/api/meetings/{meetingId}/attendance")
  @ResponseBody
  SignInSheet attendance(@PathVariable long meetingId, CurrentUser user) {
    return readableSheet(meetingId, user);
  }

  @GetMapping("/app/meetings/{meetingId}/sign-in-sheet")
  String sheetPage(@PathVariable long meetingId, CurrentUser user, Model model) {
    model.addAttribute("sheet", readableSheet(meetingId, user));
    model.addAttribute("mayMarkDepartures", signIn.mayWorkTheDesk(meetingId, user));
    return "signin/sheet";
  }

  /** 登记离会 at the desk, from the sign-in sheet: back to the sheet, or the sheet with the refusal. */
  @PostMapping("/app/meetings/{meetingId}/sign-in/departures")
  String deskDepartureFromPage(@PathVariable long meetingId, @RequestParam(required = false) Long attendeeId,
      @RequestParam(required = false) String departure, @RequestParam(required = false) String note, CurrentUser user,
      Model model) {
    try {
      deskDeparture(meetingId, new DeskDepartureRequest(attendeeId, departure, note), user);
    } catch (SignInRefusedException | InvalidInputException e) {
      model.addAttribute("error", e.getMessage());
      return sheetPage(meetingId, user, model);
    }
    return "redirect:/app/meetings/" + meetingId + "/sign-in-sheet";
  }

  @ExceptionHandler(SignInRefusedException.class)
  @ResponseBody
  ResponseEntity<ProblemDetail> refused(SignInRefusedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.reason().status()), e.getMessage());
    problem.setTitle("签到未成功");
    problem.setProperty("reason", e.reason().name());
    return ResponseEntity.status(e.reason().status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private SignInSheet readableSheet(long meetingId, CurrentUser user) {
    MeetingRecord meeting = meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("meeting " + meetingId));
    if (!access.mayReadSheet(user, meeting)) {
      throw new AuthorizationException("the sign-in sheet of meeting " + meetingId + " is not for " + user.userId());
    }
    return signIn.sheet(meetingId);
  }

  private static Departure departure(String value, Violations violations) {
    for (Departure departure : Departure.values()) {
      if (departure.name().equals(value)) {
        return departure;
      }
    }
    violations.add("departure", "离会情况", "one-of", value == null || value.isBlank()
        ? "必须选择（早退或擅自离会）" : "只能是 EARLY_DEPARTURE（早退）或 LEFT_WITHOUT_PERMISSION（擅自离会）");
    return null;
  }

  private static void requireOffice(CurrentUser user) {
    if (!user.isIn("office")) {
      throw new AuthorizationException("only the office hands guests their sign-in codes");
    }
  }
}
