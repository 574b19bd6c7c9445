package cn.gov.agency.meeting.signin;

import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingPeople;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.MeetingSchedule;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.organisation.PersonUnits;
import cn.gov.agency.meeting.meeting.StaffDuty;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 会议签到 (R4.1, R4.4, R5.1). Every expected participant row gets a personal, unguessable code
 * for that meeting's sign-in window. Only the code's own person signs in with it (不得代签); guests
 * and anyone without a phone are signed in at the desk by the sign-in staff or the office after
 * checking identity, and that is recorded as such. Whoever is not on the list, or on leave, is not
 * admitted. When sign-in closes the attendance of every row is written and the meeting is HELD.
 */
@Service
public class SignInService {

  public static final String STAGE = "signin";
  static final int MAX_NOTE_LENGTH = 200;
  private static final int CODE_BYTES = 32;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final SignInRepository signIns;
  private final Meetings meetings;
  private final MeetingSchedule schedule;
  private final MeetingEvents events;
  private final OrganisationDirectory directory;
  private final PersonUnits units;
  private final SignInSettings settings;
  private final SignInCodeMail mail;
  private final SignInQrCodes qrCodes;
  private final Clock clock;
  private final MeetingPeople people;
  private final SecureRandom random = new SecureRandom();

  public SignInService(SignInRepository signIns, Meetings meetings, MeetingSchedule schedule,
      MeetingEvents events, OrganisationDirectory directory, SignInSettings settings, SignInCodeMail mail,
      SignInQrCodes qrCodes, Clock clock, PersonUnits units, MeetingPeople people) {
    this.units = units;
    this.signIns = signIns;
    this.meetings = meetings;
    this.schedule = schedule;
    this.events = events;
    this.directory = directory;
    this.settings = settings;
    this.mail = mail;
    this.qrCodes = qrCodes;
    this.clock = clock;
    this.people = people;
  }

  /**
   * Opens the meeting's sign-in: its window, and a code for every expected participant row that has
   * none yet (so running it again issues only what is missing). Participants are told by e-mail.
   */
  @Transactional
  public SignInWindow issueCodes(long meetingId, String actor) {
    MeetingRecord meeting = meeting(meetingId);
    if (meeting.plannedStart() == null || meeting.plannedEnd() == null) {
      throw new IllegalStateException("meeting " + meetingId + " has no start and end: no sign-in window");
    }
    LocalDateTime now = now();
    signIns.insertSession(meetingId, SignInWindow.of(meeting.plannedStart(), meeting.plannedEnd(), settings), actor, now);
    SignInWindow window = window(session(meetingId));
    List<String> told = new ArrayList<>();
    int issued = 0;
    for (Attendee attendee : meetings.attendees(meetingId)) {
      if (attendee.expected() && signIns.byAttendee(attendee.id()).isEmpty()) {
        signIns.insertCode(newCode(), meetingId, attendee.id(), attendee.personUserId(), now);
        issued++;
        if (!attendee.isGuest()) {
          told.add(attendee.personUserId());
        }
      }
    }
    events.record(meetingId, STAGE, "CODES_ISSUED", actor, "发放个人签到码 " + issued + " 个；签到时间 "
        + TIME.format(window.opensAt()) + " 至 " + TIME.format(window.closesAt()));
    mail.afterCommit(meeting, window, told);
    return window;
  }

  /**
   * The person's own code for the meeting; a substitute named after the codes went out gets theirs
   * here. Refused when the person is not (or no longer) expected.
   */
  public MySignInCode codeFor(long meetingId, String userId) {
    MeetingRecord meeting = meeting(meetingId);
    SignInSession session = openedSession(meetingId);
    List<Attendee> rows = meetings.attendees(meetingId).stream().filter(a -> userId.equals(a.personUserId())).toList();
    Attendee attendee = rows.stream().filter(Attendee::expected).findFirst().orElseThrow(() -> rows.isEmpty()
        ? notOnList() : onLeave());
    SignInCode code = signIns.byAttendee(attendee.id()).orElseGet(() -> issueLate(meetingId, attendee));
    return myCode(meeting, session, code);
  }

  /** The person's codes for every sign-in not yet closed. */
  public List<MySignInCode> openCodesOf(String userId) {
    return signIns.openCodesOf(userId).stream()
        .map(code -> myCode(meeting(code.meetingId()), session(code.meetingId()), code))
        .toList();
  }

  /** The codes the office hands to the meeting's guests. */
  public List<GuestSignInCode> guestCodes(long meetingId) {
    openedSession(meetingId);
    Map<Long, SignInCode> codes = codesByAttendee(meetingId);
    return meetings.attendees(meetingId).stream()
        .filter(a -> a.isGuest() && a.expected() && codes.containsKey(a.id()))
        .map(a -> {
          SignInCode code = codes.get(a.id());
          return new GuestSignInCode(a.id(), a.guestName(), a.guestUnit(), code.code(), qrCodes.url(code.code()),
              code.signedInAt());
        })
        .toList();
  }

  /** The code, if it is the user's own; a guest's code also to the office, which hands it over. */
  public SignInCode readableCode(String code, CurrentUser user) {
    SignInCode found = signIns.byCode(code).orElseThrow(this::unknownCode);
    boolean own = user.userId().equals(found.personUserId());
    boolean guestForOffice = found.personUserId() == null && user.isIn("office");
    if (!own && !guestForOffice) {
      throw notYours();
    }
    return found;
  }

  /** What the confirm page shows before the person signs in: the code checked as a sign-in would be. */
  public MySignInCode preview(String code, String userId) {
    SignInCode found = ownCode(code, userId);
    return myCode(meeting(found.meetingId()), session(found.meetingId()), found);
  }

  /**
   * The person signs in with their own code. {@code meetingId}, when the scanning device knows the
   * meeting at whose entrance it stands, must be the code's meeting.
   */
  @Transactional
  public SignInConfirmation signIn(String code, Long meetingId, String userId) {
    SignInCode found = ownCode(code, userId);
    if (meetingId != null && meetingId != found.meetingId()) {
      throw new SignInRefusedException(SignInRefusal.OTHER_MEETING,
          "该签到码不是本次会议的签到码（它属于会议“" + meeting(found.meetingId()).title() + "”）");
    }
    Attendee attendee = admitted(found.meetingId(), found.attendeeId());
    return record(found.meetingId(), attendee, SignInMethod.SELF_SCAN, userId, null);
  }

  /**
   * 现场核验: the sign-in staff (or the office) checked the person's identity at the desk and signs
   * them in; who did it is recorded with the sign-in.
   */
  @Transactional
  public SignInConfirmation signInAtDesk(long meetingId, long attendeeId, String note, CurrentUser staff) {
    meeting(meetingId);
    requireDeskStaff(meetingId, staff);
    String trimmed = note(note, "note", "核验说明", "现场核验签到");
    Attendee attendee = admitted(meetingId, attendeeId);
    if (signIns.byAttendee(attendeeId).isEmpty()) {
      openedSession(meetingId);
      signIns.insertCode(newCode(), meetingId, attendeeId, attendee.personUserId(), now());
    }
    return record(meetingId, attendee, SignInMethod.DESK, staff.userId(), trimmed);
  }

  /**
   * 早退: the person signs out before the meeting's end with their own code, giving a reason if they
   * wish; recorded with the time. Only after signing in, once, and while the meeting runs.
   */
  @Transactional
  public DepartureConfirmation signOut(String code, String reason, String userId) {
    SignInCode found = ownCode(code, userId);
    Attendee attendee = admitted(found.meetingId(), found.attendeeId());
    return recordDeparture(found.meetingId(), attendee, Departure.EARLY_DEPARTURE, SignInMethod.SELF_SCAN, userId,
        note(reason, "reason", "离会原因", "本人签退"));
  }

  /**
   * The sign-in staff (or the office) record at the desk that someone left before the end: 早退
   * when the person told them, 擅自离会 when they found the person gone without leave.
   */
  @Transactional
  public DepartureConfirmation departureAtDesk(long meetingId, long attendeeId, Departure departure, String note,
      CurrentUser staff) {
    meeting(meetingId);
    requireDeskStaff(meetingId, staff);
    String trimmed = note(note, "note", "说明", "登记离会");
    Attendee attendee = admitted(meetingId, attendeeId);
    return recordDeparture(meetingId, attendee, departure, SignInMethod.DESK, staff.userId(), trimmed);
  }

  /** Whether the user may mark departures (and sign in) at the desk of the meeting. */
  public boolean mayWorkTheDesk(long meetingId, CurrentUser user) {
    return user.isIn("office") || meetings.staff(meetingId, StaffDuty.SIGN_IN).contains(user.userId());
  }

  /** 签到表 as it stands: while open, whoever has not signed in shows as absent. */
  public SignInSheet sheet(long meetingId) {
    MeetingRecord meeting = meeting(meetingId);
    SignInSession session = openedSession(meetingId);
    List<Attendee> attendees = meetings.attendees(meetingId);
    Map<Long, SignInCode> codes = codesByAttendee(meetingId);
    Map<Long, String> names = attendees.stream().collect(Collectors.toMap(Attendee::id, this::name));
    SignInWindow window = window(session);
    List<SheetRow> rows = attendees.stream().map(a -> row(a, codes.get(a.id()), names, window)).toList();
    String department = directory.department(meeting.hostDepartmentCode()).map(d -> d.name())
        .orElse(meeting.hostDepartmentCode());
    return new SignInSheet(meeting, department, window, session.closed(), rows, totals(rows));
  }

  /**
   * Closes sign-in: every row's attendance is recorded on the participant list, the totals with
   * the sign-in, and the meeting is HELD. Closing again changes nothing.
   */
  @Transactional
  public AttendanceTotals close(long meetingId, String actor) {
    SignInSheet sheet = sheet(meetingId);
    if (sheet.closed()) {
      return sheet.totals();
    }
    if (sheet.meeting().status() != MeetingStatus.READY) {
      throw new IllegalStateException("meeting " + meetingId + " is " + sheet.meeting().status() + ", not READY");
    }
    if (!signIns.close(meetingId, sheet.window(), sheet.totals(), now())
        || !schedule.changeStatus(meetingId, MeetingStatus.READY, MeetingStatus.HELD)) {
      throw new IllegalStateException("meeting " + meetingId + " was closed or moved on concurrently");
    }
    for (SheetRow row : sheet.rows()) {
      people.recordAttendance(row.attendeeId(), row.attendance().name(), row.signedInAt());
      if (row.signOut() != null) {
        people.recordDeparture(row.attendeeId(), row.departure().name(), row.signOut().at());
      }
    }
    events.record(meetingId, STAGE, "CLOSED", actor, sheet.totals().describe());
    events.record(meetingId, STAGE, "HELD", actor, null);
    return sheet.totals();
  }

  private SignInConfirmation record(long meetingId, Attendee attendee, SignInMethod method, String actor, String note) {
    SignInWindow window = checkedWindow(meetingId);
    LocalDateTime now = now();
    if (!signIns.markSignedIn(attendee.id(), now, method, method == SignInMethod.DESK ? actor : null, note)) {
      LocalDateTime at = signIns.byAttendee(attendee.id()).map(SignInCode::signedInAt).orElse(now);
      throw new SignInRefusedException(SignInRefusal.ALREADY_SIGNED_IN,
          name(attendee) + " 已于 " + TIME.format(at) + " 签到，不能重复签到");
    }
    boolean late = window.late(now);
    events.record(meetingId, STAGE, method == SignInMethod.DESK ? "DESK_SIGNED_IN" : "SIGNED_IN", actor,
        name(attendee) + (late ? "（迟到）" : "") + (note == null ? "" : "；" + note));
    return new SignInConfirmation(meetingId, meeting(meetingId).title(), attendee.id(), name(attendee), now, late,
        method);
  }

  private DepartureConfirmation recordDeparture(long meetingId, Attendee attendee, Departure departure,
      SignInMethod method, String actor, String note) {
    checkedWindow(meetingId);
    LocalDateTime now = now();
    SignInCode code = signIns.byAttendee(attendee.id()).orElse(null);
    if (code == null || code.signedInAt() == null) {
      throw new SignInRefusedException(SignInRefusal.NOT_SIGNED_IN, name(attendee) + " 尚未签到，不能登记离会");
    }
    SignOut signOut = new SignOut(now, departure, method, method == SignInMethod.DESK ? actor : null, note);
    if (!signIns.markSignedOut(attendee.id(), signOut)) {
      throw new SignInRefusedException(SignInRefusal.ALREADY_SIGNED_OUT, name(attendee) + " 已登记离会，不能重复登记");
    }
    events.record(meetingId, STAGE, method == SignInMethod.DESK ? "DESK_" + departure.name() : departure.name(),
        actor, name(attendee) + "（" + departure.label() + "，" + TIME.format(now) + "）" + (note == null ? "" : "；" + note));
    return new DepartureConfirmation(meetingId, meeting(meetingId).title(), attendee.id(), name(attendee), departure,
        departure.label(), now);
  }

  private void requireDeskStaff(long meetingId, CurrentUser staff) {
    if (!mayWorkTheDesk(meetingId, staff)) {
      throw new SignInRefusedException(SignInRefusal.NOT_SIGN_IN_STAFF,
          "只有本次会议的签到工作人员或办公室可以现场核验签到或登记离会");
    }
  }

  private static String note(String value, String field, String label, String form) {
    String trimmed = value == null || value.isBlank() ? null : value.strip();
    if (trimmed != null && trimmed.length() > MAX_NOTE_LENGTH) {
      throw InvalidInputException.of(form, new Violation(field, label, "max-length", "最多 " + MAX_NOTE_LENGTH + " 个字"));
    }
    return trimmed;
  }

  /** On the admission list (R4.4) and not on leave. */
  private Attendee admitted(long meetingId, long attendeeId) {
    Attendee attendee = meetings.attendees(meetingId).stream().filter(a -> a.id() == attendeeId).findFirst()
        .orElseThrow(this::notOnList);
    if (!attendee.expected()) {
      throw onLeave();
    }
    return attendee;
  }

  private SignInWindow checkedWindow(long meetingId) {
    SignInSession session = openedSession(meetingId);
    SignInWindow window = window(session);
    LocalDateTime now = now();
    if (session.closed() || window.over(now)) {
      throw new SignInRefusedException(SignInRefusal.CLOSED,
          "签到已结束（签到截止时间为 " + TIME.format(window.closesAt()) + "）");
    }
    if (window.notYetOpen(now)) {
      throw new SignInRefusedException(SignInRefusal.TOO_EARLY,
          "签到尚未开始，请于 " + TIME.format(window.opensAt()) + " 以后签到");
    }
    return window;
  }

  private SignInCode ownCode(String code, String userId) {
    SignInCode found = signIns.byCode(code == null ? "" : code.strip()).orElseThrow(this::unknownCode);
    if (!userId.equals(found.personUserId())) {
      throw notYours();
    }
    return found;
  }

  /** A code for a row that joined the list after the codes went out; a concurrent request may win. */
  private SignInCode issueLate(long meetingId, Attendee attendee) {
    try {
      signIns.insertCode(newCode(), meetingId, attendee.id(), attendee.personUserId(), now());
    } catch (DuplicateKeyException e) {
      // The other request issued it: that code stands.
    }
    return signIns.byAttendee(attendee.id()).orElseThrow();
  }

  private SheetRow row(Attendee attendee, SignInCode code, Map<Long, String> names, SignInWindow window) {
    Optional<Person> person = attendee.isGuest() ? Optional.empty() : directory.person(attendee.personUserId());
    LocalDateTime signedInAt = attendee.expected() && code != null ? code.signedInAt() : null;
    Attendance attendance = !attendee.expected() ? Attendance.ON_LEAVE
        : signedInAt == null ? Attendance.ABSENT
        : window.late(signedInAt) ? Attendance.LATE : Attendance.PRESENT;
    String verifiedBy = code == null || code.verifiedBy() == null ? null
        : directory.person(code.verifiedBy()).map(Person::fullName).orElse(code.verifiedBy());
    return new SheetRow(attendee.id(), attendee.personUserId(), names.get(attendee.id()),
        attendee.isGuest() ? attendee.guestUnit() : person.map(units::unitOf).orElse(""),
        person.map(Person::position).orElse(attendee.isGuest() ? "特邀嘉宾" : ""), attendee.isGuest(),
        attendee.isSubstitute() ? names.get(attendee.substituteFor()) : null, signedInAt,
        signedInAt == null ? null : code.method(), verifiedBy, code == null ? null : code.note(), attendance,
        signedInAt == null ? null : code.signOut());
  }

  private static AttendanceTotals totals(List<SheetRow> rows) {
    return new AttendanceTotals(count(rows, Attendance.PRESENT), count(rows, Attendance.LATE),
        count(rows, Attendance.ON_LEAVE), (int) rows.stream().filter(r -> r.substituteFor() != null).count(),
        count(rows, Attendance.ABSENT), departed(rows, Departure.EARLY_DEPARTURE),
        departed(rows, Departure.LEFT_WITHOUT_PERMISSION));
  }

  private static int departed(List<SheetRow> rows, Departure departure) {
    return (int) rows.stream().filter(r -> r.departure() == departure).count();
  }

  private static int count(List<SheetRow> rows, Attendance attendance) {
    return (int) rows.stream().filter(r -> r.attendance() == attendance).count();
  }

  private MySignInCode myCode(MeetingRecord meeting, SignInSession session, SignInCode code) {
    return new MySignInCode(meeting.id(), meeting.title(), meeting.plannedStart(), meeting.plannedEnd(),
        meeting.place(), code.code(), qrCodes.url(code.code()), window(session).opensAt(), window(session).closesAt(),
        code.signedInAt(), code.signOut() == null ? null : code.signOut().at());
  }

  private Map<Long, SignInCode> codesByAttendee(long meetingId) {
    return signIns.ofMeeting(meetingId).stream().collect(Collectors.toMap(SignInCode::attendeeId, Function.identity()));
  }

  private String name(Attendee attendee) {
    return attendee.isGuest() ? attendee.guestName()
        : directory.person(attendee.personUserId()).map(Person::fullName).orElse(attendee.personUserId());
  }

  /**
   * While sign-in is open its window is counted from the meeting's times as they stand, so a move
   * (会议改期) moves it with no code of sign-in's own; once closed it is the window attendance was judged by.
   */
  private SignInWindow window(SignInSession session) {
    if (session.closed()) {
      return session.window();
    }
    MeetingRecord meeting = meeting(session.meetingId());
    return SignInWindow.of(meeting.plannedStart(), meeting.plannedEnd(), settings);
  }

  private SignInSession openedSession(long meetingId) {
    return signIns.session(meetingId).orElseThrow(() -> new SignInRefusedException(SignInRefusal.NOT_ISSUED,
        "本次会议尚未发放签到码"));
  }

  private SignInSession session(long meetingId) {
    return signIns.session(meetingId).orElseThrow();
  }

  private MeetingRecord meeting(long meetingId) {
    return meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("meeting " + meetingId));
  }

  private String newCode() {
    byte[] bytes = new byte[CODE_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  private SignInRefusedException unknownCode() {
    return new SignInRefusedException(SignInRefusal.UNKNOWN_CODE,
        "签到码无效，请核对后重试，或到签到台由工作人员现场核验身份后签到");
  }

  private SignInRefusedException notYours() {
    return new SignInRefusedException(SignInRefusal.NOT_YOURS,
        "不得代签：该签到码不属于当前登录人员，请参会人员本人登录后签到");
  }

  private SignInRefusedException notOnList() {
    return new SignInRefusedException(SignInRefusal.NOT_ON_LIST, "不在本次会议的参会名单上，不能签到入场");
  }

  private SignInRefusedException onLeave() {
    return new SignInRefusedException(SignInRefusal.ON_LEAVE,
        "已请假，不能签到（如由他人代会，请代会人员本人签到）");
  }
}
