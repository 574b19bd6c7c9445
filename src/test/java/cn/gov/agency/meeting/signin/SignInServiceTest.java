package cn.gov.agency.meeting.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingEvents.MeetingEvent;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingPeople;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.MeetingSchedule;
import cn.gov.agency.meeting.organisation.PersonUnits;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.StaffDuty;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import cn.gov.agency.meeting.validation.InvalidInputException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sign-in rules on the real tables, each test with its own meeting (09:00–11:30 on its own day
 * of 2044) and a clock set to the moment it needs. Sign-in opens 30 minutes before the start.
 */
@ProcessTest
class SignInServiceTest {

  private static final ZoneId AGENCY = ZoneId.of("Asia/Shanghai");

  @Autowired SignInRepository signIns;
  @Autowired MeetingRows meetings;
  @Autowired MeetingSchedule schedule;
  @Autowired MeetingEvents events;
  @Autowired OrganisationDirectory directory;
  @Autowired PersonUnits units;
  @Autowired SignInSettings settings;
  @Autowired SignInCodeMail mail;
  @Autowired SignInQrCodes qrCodes;
  @Autowired Meetings reader;
  @Autowired MeetingPeople people;
  @Autowired IdentityService identityService;
  @Autowired SignInAccess access;

  @Test
  void everyExpectedParticipantGetsTheirOwnCodeForTheWindowBeforeTheStartUntilTheEnd() {
    MeetingRecord meeting = meeting(1, 5);
    SignInWindow window = at(1, 5, 7, 0).issueCodes(meeting.id(), "system");

    assertThat(window).isEqualTo(new SignInWindow(LocalDateTime.of(2044, 1, 5, 8, 30),
        LocalDateTime.of(2044, 1, 5, 9, 0), LocalDateTime.of(2044, 1, 5, 11, 30)));
    List<SignInCode> codes = signIns.ofMeeting(meeting.id());
    assertThat(codes).extracting(SignInCode::personUserId)
        .containsExactly("fenggang", "wangli", "qianjun", "chenjing", null);
    assertThat(codes).extracting(SignInCode::code).doesNotHaveDuplicates()
        .allSatisfy(code -> assertThat(code).hasSizeGreaterThanOrEqualTo(43));
    MySignInCode mine = at(1, 5, 7, 0).codeFor(meeting.id(), "wangli");
    assertThat(mine.code()).isEqualTo(codes.get(1).code());
    assertThat(mine.url()).isEqualTo("http://localhost:8080/app/sign-in/" + mine.code());

    at(1, 5, 7, 5).issueCodes(meeting.id(), "system");
    assertThat(signIns.ofMeeting(meeting.id())).hasSize(5);
    assertThat(events.of(meeting.id())).extracting(MeetingEvent::stage, MeetingEvent::action)
        .containsOnly(tuple("signin", "CODES_ISSUED"));
  }

  @Test
  void theOwnCodeSignsInOnTimeOrLate() {
    MeetingRecord meeting = issued(1, 6);
    SignInConfirmation onTime = at(1, 6, 8, 59).signIn(code(meeting, "fenggang"), meeting.id(), "fenggang");
    SignInConfirmation late = at(1, 6, 9, 1).signIn(code(meeting, "wangli"), null, "wangli");

    assertThat(onTime.late()).isFalse();
    assertThat(onTime.method()).isEqualTo(SignInMethod.SELF_SCAN);
    assertThat(onTime.name()).isEqualTo("冯刚");
    assertThat(late.late()).isTrue();
    SignInSheet sheet = at(1, 6, 9, 2).sheet(meeting.id());
    assertThat(sheet.rows()).extracting(SheetRow::name, SheetRow::attendance, SheetRow::methodLabel)
        .containsExactly(tuple("冯刚", Attendance.PRESENT, "本人扫码"), tuple("王丽", Attendance.LATE, "本人扫码"),
            tuple("钱军", Attendance.ABSENT, ""), tuple("陈静", Attendance.ABSENT, ""),
            tuple("张三", Attendance.ABSENT, ""));
    assertThat(sheet.rows().get(0)).extracting(SheetRow::unit, SheetRow::position)
        .containsExactly("政策法规处", "政策法规处处长");
    // a leader is named with the leadership, not the office the organisation files leaders under
    assertThat(sheet.rows().get(2)).extracting(SheetRow::unit, SheetRow::position).containsExactly("局领导", "副局长");
    assertThat(sheet.rows().get(4)).extracting(SheetRow::unit, SheetRow::guest).containsExactly("市财政局", true);
    assertThat(events.of(meeting.id())).extracting(MeetingEvent::action, MeetingEvent::actorUserId, MeetingEvent::comment)
        .contains(tuple("SIGNED_IN", "fenggang", "冯刚"), tuple("SIGNED_IN", "wangli", "王丽（迟到）"));
  }

  @Test
  void someoneElsesCodeIsRefused() {
    MeetingRecord meeting = issued(1, 7);
    refused(() -> at(1, 7, 8, 50).signIn(code(meeting, "fenggang"), meeting.id(), "wangli"), SignInRefusal.NOT_YOURS,
        "不得代签");
    refused(() -> at(1, 7, 8, 50).signIn(guestCode(meeting), meeting.id(), "zhouping"), SignInRefusal.NOT_YOURS,
        "不得代签");
    assertThat(signIns.ofMeeting(meeting.id())).allSatisfy(code -> assertThat(code.signedInAt()).isNull());
  }

  @Test
  void aCodeUsedTwiceIsRefusedTheSecondTime() {
    MeetingRecord meeting = issued(1, 8);
    String code = code(meeting, "fenggang");
    at(1, 8, 8, 50).signIn(code, meeting.id(), "fenggang");
    refused(() -> at(1, 8, 8, 55).signIn(code, meeting.id(), "fenggang"), SignInRefusal.ALREADY_SIGNED_IN,
        "已于 2044-01-08 08:50 签到");
  }

  @Test
  void theCodeOfAnotherMeetingIsRefused() {
    MeetingRecord meeting = issued(1, 9);
    MeetingRecord other = issued(1, 10);
    refused(() -> at(1, 9, 8, 50).signIn(code(other, "fenggang"), meeting.id(), "fenggang"),
        SignInRefusal.OTHER_MEETING, "不是本次会议的签到码");
  }

  @Test
  void outsideTheWindowIsRefused() {
    MeetingRecord meeting = issued(1, 11);
    String code = code(meeting, "fenggang");
    refused(() -> at(1, 11, 8, 29).signIn(code, meeting.id(), "fenggang"), SignInRefusal.TOO_EARLY,
        "签到尚未开始，请于 2044-01-11 08:30 以后签到");
    refused(() -> at(1, 11, 11, 30).signIn(code, meeting.id(), "fenggang"), SignInRefusal.CLOSED, "签到已结束");
    assertThat(at(1, 11, 8, 30).signIn(code, meeting.id(), "fenggang").late()).isFalse();
  }

  @Test
  void unknownCodesAreRefused() {
    issued(1, 12);
    refused(() -> at(1, 12, 8, 50).signIn("no-such-code", null, "fenggang"), SignInRefusal.UNKNOWN_CODE, "签到码无效");
  }

  @Test
  void whoeverIsNotOnTheListGetsNoCodeAndIsNotSignedInAtTheDesk() {
    MeetingRecord meeting = issued(1, 13);
    MeetingRecord other = issued(1, 14);
    refused(() -> at(1, 13, 8, 50).codeFor(meeting.id(), "heqing"), SignInRefusal.NOT_ON_LIST, "不在本次会议的参会名单上");
    long otherAttendee = attendee(other, "wangli").id();
    refused(() -> at(1, 13, 8, 50).signInAtDesk(meeting.id(), otherAttendee, null, user("zhouping")),
        SignInRefusal.NOT_ON_LIST, "不在本次会议的参会名单上");
  }

  @Test
  void onLeaveIsRefusedAndTheSubstituteSignsInWithTheirOwnCode() {
    MeetingRecord meeting = issued(1, 15);
    String fenggangsCode = code(meeting, "fenggang");
    Long substitute = meetings.grantLeave(meeting.id(), attendee(meeting, "fenggang").id(), "chuwei");

    refused(() -> at(1, 15, 8, 50).signIn(fenggangsCode, meeting.id(), "fenggang"), SignInRefusal.ON_LEAVE, "已请假");
    refused(() -> at(1, 15, 8, 50).codeFor(meeting.id(), "fenggang"), SignInRefusal.ON_LEAVE, "已请假");
    MySignInCode chuweis = at(1, 15, 8, 50).codeFor(meeting.id(), "chuwei");
    assertThat(at(1, 15, 8, 50).signIn(chuweis.code(), meeting.id(), "chuwei").attendeeId()).isEqualTo(substitute);

    SignInSheet sheet = at(1, 15, 8, 51).sheet(meeting.id());
    assertThat(sheet.rows()).extracting(SheetRow::name, SheetRow::substituteFor, SheetRow::attendance)
        .contains(tuple("冯刚", null, Attendance.ON_LEAVE), tuple("褚伟", "冯刚", Attendance.PRESENT));
  }

  @Test
  void signInStaffAndTheOfficeSignPeopleInAtTheDeskAndThatIsRecordedAsSuch() {
    MeetingRecord meeting = issued(1, 16);
    meetings.nameStaff(meeting.id(), StaffDuty.SIGN_IN, List.of("hanmei"));
    long guest = attendee(meeting, null).id();
    long qianjun = attendee(meeting, "qianjun").id();

    refused(() -> at(1, 16, 8, 40).signInAtDesk(meeting.id(), guest, null, user("wangli")),
        SignInRefusal.NOT_SIGN_IN_STAFF, "只有本次会议的签到工作人员或办公室");
    SignInConfirmation desk = at(1, 16, 8, 40).signInAtDesk(meeting.id(), guest, "核验身份证", user("hanmei"));
    at(1, 16, 9, 10).signInAtDesk(meeting.id(), qianjun, null, user("zhouping"));
    refused(() -> at(1, 16, 9, 11).signIn(code(meeting, "qianjun"), meeting.id(), "qianjun"),
        SignInRefusal.ALREADY_SIGNED_IN, "钱军 已于 2044-01-16 09:10 签到");
    assertThatThrownBy(() -> at(1, 16, 9, 12).signInAtDesk(meeting.id(), attendee(meeting, "chenjing").id(),
        "很长".repeat(101), user("hanmei"))).isInstanceOf(InvalidInputException.class);

    assertThat(desk.method()).isEqualTo(SignInMethod.DESK);
    SignInSheet sheet = at(1, 16, 9, 15).sheet(meeting.id());
    assertThat(sheet.rows()).extracting(SheetRow::name, SheetRow::methodLabel, SheetRow::verifiedBy, SheetRow::note,
        SheetRow::attendance).contains(tuple("张三", "现场核验", "韩梅", "核验身份证", Attendance.PRESENT),
            tuple("钱军", "现场核验", "周萍", null, Attendance.LATE));
    assertThat(events.of(meeting.id())).extracting(MeetingEvent::action, MeetingEvent::actorUserId, MeetingEvent::comment)
        .contains(tuple("DESK_SIGNED_IN", "hanmei", "张三；核验身份证"), tuple("DESK_SIGNED_IN", "zhouping", "钱军（迟到）"));
  }

  @Test
  void closingWritesEachAttendanceAndTheTotalsAndTheMeetingIsHeld() {
    MeetingRecord meeting = issued(1, 19);
    meetings.grantLeave(meeting.id(), attendee(meeting, "qianjun").id(), "chuwei");
    SignInService service = at(1, 19, 8, 50);
    service.signIn(code(meeting, "fenggang"), meeting.id(), "fenggang");
    service.signIn(service.codeFor(meeting.id(), "chuwei").code(), meeting.id(), "chuwei");
    at(1, 19, 9, 20).signIn(code(meeting, "wangli"), meeting.id(), "wangli");
    meetings.updateStatus(meeting.id(), MeetingStatus.APPROVED, MeetingStatus.READY);

    AttendanceTotals totals = at(1, 19, 11, 30).close(meeting.id(), "system");

    assertThat(totals).isEqualTo(new AttendanceTotals(2, 1, 1, 1, 2, 0, 0));
    assertThat(totals.attended()).isEqualTo(3);
    assertThat(meetings.attendees(meeting.id()))
        .extracting(Attendee::personUserId, Attendee::attendance, a -> a.signedInAt() != null)
        .containsExactly(tuple("fenggang", "PRESENT", true), tuple("wangli", "LATE", true),
            tuple("qianjun", "ON_LEAVE", false), tuple("chenjing", "ABSENT", false), tuple(null, "ABSENT", false),
            tuple("chuwei", "PRESENT", true));
    assertThat(meetings.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.HELD);
    assertThat(signIns.session(meeting.id()).orElseThrow().closed()).isTrue();
    assertThat(events.of(meeting.id())).extracting(MeetingEvent::action, MeetingEvent::comment)
        .contains(tuple("CLOSED", "出席 2 人，迟到 1 人，早退 0 人，擅自离会 0 人，请假 1 人（其中代会 1 人），无故缺席 2 人"), tuple("HELD", null));
    refused(() -> at(1, 19, 10, 0).signIn(code(meeting, "chenjing"), meeting.id(), "chenjing"), SignInRefusal.CLOSED,
        "签到已结束");
  }

  @Test
  void r5_1_earlyDepartureAndLeavingWithoutPermissionAreRecordedWithTheTimeOnceAfterSigningIn() {
    MeetingRecord meeting = issued(1, 23);
    meetings.nameStaff(meeting.id(), StaffDuty.SIGN_IN, List.of("hanmei"));
    at(1, 23, 8, 50).signIn(code(meeting, "fenggang"), meeting.id(), "fenggang");
    at(1, 23, 9, 5).signIn(code(meeting, "wangli"), meeting.id(), "wangli");
    at(1, 23, 8, 55).signIn(code(meeting, "qianjun"), meeting.id(), "qianjun");

    refused(() -> at(1, 23, 10, 0).signOut(code(meeting, "chenjing"), null, "chenjing"),
        SignInRefusal.NOT_SIGNED_IN, "陈静 尚未签到");
    refused(() -> at(1, 23, 10, 0).signOut(code(meeting, "wangli"), null, "fenggang"), SignInRefusal.NOT_YOURS,
        "不得代签");
    DepartureConfirmation early = at(1, 23, 10, 40).signOut(code(meeting, "wangli"), "  身体不适 ", "wangli");
    refused(() -> at(1, 23, 10, 41).signOut(code(meeting, "wangli"), null, "wangli"),
        SignInRefusal.ALREADY_SIGNED_OUT, "王丽 已登记离会");
    refused(() -> at(1, 23, 10, 45).departureAtDesk(meeting.id(), attendee(meeting, "qianjun").id(),
        Departure.LEFT_WITHOUT_PERMISSION, null, user("wangli")), SignInRefusal.NOT_SIGN_IN_STAFF, "登记离会");
    assertThatThrownBy(() -> at(1, 23, 10, 45).departureAtDesk(meeting.id(), attendee(meeting, "qianjun").id(),
        Departure.LEFT_WITHOUT_PERMISSION, "很长".repeat(101), user("hanmei")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("note");
    // The desk of this meeting marks only this meeting's attendees: another meeting's row id is refused.
    MeetingRecord other = issued(1, 24);
    refused(() -> at(1, 23, 10, 48).departureAtDesk(meeting.id(), attendee(other, "qianjun").id(),
        Departure.EARLY_DEPARTURE, null, user("hanmei")), SignInRefusal.NOT_ON_LIST, "");
    at(1, 23, 10, 50).departureAtDesk(meeting.id(), attendee(meeting, "qianjun").id(),
        Departure.LEFT_WITHOUT_PERMISSION, null, user("hanmei"));
    refused(() -> at(1, 23, 11, 30).signOut(code(meeting, "fenggang"), null, "fenggang"), SignInRefusal.CLOSED,
        "签到已结束");

    assertThat(early.departureLabel()).isEqualTo("早退");
    SignInSheet sheet = at(1, 23, 11, 0).sheet(meeting.id());
    assertThat(sheet.rows()).extracting(SheetRow::name, SheetRow::attendance, SheetRow::departureLabel,
            r -> r.signOut() == null ? null : r.signOut().at(), r -> r.signOut() == null ? null : r.signOut().note())
        .containsExactly(tuple("冯刚", Attendance.PRESENT, "", null, null),
            tuple("王丽", Attendance.LATE, "早退", LocalDateTime.of(2044, 1, 23, 10, 40), "身体不适"),
            tuple("钱军", Attendance.PRESENT, "擅自离会", LocalDateTime.of(2044, 1, 23, 10, 50), null),
            tuple("陈静", Attendance.ABSENT, "", null, null), tuple("张三", Attendance.ABSENT, "", null, null));
    assertThat(sheet.rows().get(2).signOut().recordedBy()).isEqualTo("hanmei");
    assertThat(sheet.totals()).isEqualTo(new AttendanceTotals(2, 1, 0, 0, 2, 1, 1));
    assertThat(sheet.totals().stayed()).isEqualTo(1);
  }

  @Test
  void closingAMeetingThatIsNotReadyChangesNothing() {
    MeetingRecord meeting = issued(1, 20);
    assertThatThrownBy(() -> at(1, 20, 11, 30).close(meeting.id(), "system"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not READY");
    assertThat(meetings.attendees(meeting.id())).allSatisfy(a -> assertThat(a.attendance()).isNull());
  }

  @Test
  void theSheetIsForTheOfficeTheHostDepartmentSignInStaffAndAuditorsAndAConfidentialOneOnlyForTheEntitled() {
    MeetingRecord meeting = issued(1, 21);
    meetings.nameStaff(meeting.id(), StaffDuty.SIGN_IN, List.of("hanmei"));
    for (String reader : List.of("zhouping", "liming", "shenyu", "wangli", "fenggang", "qianjun", "hanmei")) {
      assertThat(access.mayReadSheet(user(reader), meeting)).as(reader).isTrue();
    }
    for (String outsider : List.of("heqing", "sunhong", "chenjing")) {
      assertThat(access.mayReadSheet(user(outsider), meeting)).as(outsider).isFalse();
    }
    meetings.updateConfidential(meeting.id(), true);
    MeetingRecord confidential = meetings.find(meeting.id()).orElseThrow();
    assertThat(access.mayReadSheet(user("zhouping"), confidential)).isTrue();
    assertThat(access.mayReadSheet(user("hanmei"), confidential)).isTrue();
    assertThat(access.mayReadSheet(user("heqing"), confidential)).isFalse();
    // In the auditor group but not otherwise entitled: the auditor role itself is entitled (R5.2 table).
    assertThat(access.mayReadSheet(user("shenyu"), confidential)).isTrue();
  }

  private MeetingRecord meeting(int month, int day) {
    return SampleMeetings.approvedMeeting(meetings, "work_deployment", LocalDateTime.of(2044, month, day, 9, 0));
  }

  private MeetingRecord issued(int month, int day) {
    MeetingRecord meeting = meeting(month, day);
    at(month, day, 7, 0).issueCodes(meeting.id(), "system");
    return meeting;
  }

  private SignInService at(int month, int day, int hour, int minute) {
    Clock clock = Clock.fixed(LocalDateTime.of(2044, month, day, hour, minute).atZone(AGENCY).toInstant(), AGENCY);
    return new SignInService(signIns, reader, schedule, events, directory, settings, mail, qrCodes, clock,
        units, people);
  }

  private Attendee attendee(MeetingRecord meeting, String userId) {
    return meetings.attendees(meeting.id()).stream()
        .filter(a -> userId == null ? a.isGuest() : userId.equals(a.personUserId())).findFirst().orElseThrow();
  }

  private String code(MeetingRecord meeting, String userId) {
    return signIns.byAttendee(attendee(meeting, userId).id()).orElseThrow().code();
  }

  private String guestCode(MeetingRecord meeting) {
    return code(meeting, null);
  }

  private CurrentUser user(String userId) {
    return new CurrentUser(userId, identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList());
  }

  private static void refused(ThrowingCallable call, SignInRefusal reason, String message) {
    assertThatThrownBy(call).isInstanceOfSatisfying(SignInRefusedException.class,
        e -> assertThat(e.reason()).isEqualTo(reason)).hasMessageContaining(message);
  }
}
