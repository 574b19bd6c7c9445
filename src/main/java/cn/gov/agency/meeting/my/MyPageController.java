package cn.gov.agency.meeting.my;

import cn.gov.agency.meeting.distribution.DistributionService;
import cn.gov.agency.meeting.followup.FollowUp;
import cn.gov.agency.meeting.followup.FollowUpAccess;
import cn.gov.agency.meeting.followup.FollowUpService;
import cn.gov.agency.meeting.leave.LeaveService;
import cn.gov.agency.meeting.leave.MyMeeting;
import cn.gov.agency.meeting.materials.MaterialFile;
import cn.gov.agency.meeting.materials.MaterialsOverview.KindView;
import cn.gov.agency.meeting.materials.MaterialsService;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.notice.CancellationNotices;
import cn.gov.agency.meeting.notice.MoveNotices;
import cn.gov.agency.meeting.notice.MyNotice;
import cn.gov.agency.meeting.notice.NoticeService;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.signin.SignInService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 我的会议 (issue #11): the page an employee opens on their phone. It only gathers what each feature
 * already shows the person through its own rules: their meetings, their notices and codes, minutes
 * sent to them, and resolutions they may read; it decides no access of its own.
 */
@Controller
class MyPageController {

  private final LeaveService leave;
  private final NoticeService notices;
  private final CancellationNotices cancellations;
  private final MoveNotices moves;
  private final SignInService signIn;
  private final MaterialsService materials;
  private final DistributionService distribution;
  private final FollowUpService followUps;
  private final FollowUpAccess followUpAccess;
  private final Meetings meetings;
  private final OrganisationDirectory directory;
  private final Clock clock;
  /** How many upcoming meetings the page shows in full (with materials); the rest are a link away. */
  private final int upcomingShown;

  MyPageController(LeaveService leave, NoticeService notices, CancellationNotices cancellations,
      MoveNotices moves, SignInService signIn, MaterialsService materials,
      DistributionService distribution, FollowUpService followUps, FollowUpAccess followUpAccess,
      Meetings meetings, OrganisationDirectory directory, Clock clock,
      @Value("${meeting.my.upcoming-shown:10}") int upcomingShown) {
    this.upcomingShown = upcomingShown;
    this.leave = leave;
    this.notices = notices;
    this.cancellations = cancellations;
    this.moves = moves;
    this.signIn = signIn;
    this.materials = materials;
    this.distribution = distribution;
    this.followUps = followUps;
    this.followUpAccess = followUpAccess;
    this.meetings = meetings;
    this.directory = directory;
    this.clock = clock;
  }

  @GetMapping("/app/my")
  String page(CurrentUser user, Model model) {
    model.addAttribute("my", myPage(user));
    return "my/index";
  }

  private MyPage myPage(CurrentUser user) {
    Optional<Person> person = directory.person(user.userId());
    // Participants (substitutes too) are entitled to their meeting's materials (R5.2).
    List<MyPage.Upcoming> upcoming = leave.upcomingMeetingsOf(user.userId(), upcomingShown).stream()
        .map(item -> new MyPage.Upcoming(item, latestMaterials(item))).toList();
    int upcomingInAll = upcoming.size() < upcomingShown ? upcoming.size() : leave.upcomingMeetingCountOf(user.userId());
    LocalDateTime now = LocalDateTime.now(clock);
    List<MyNotice> current = notices.inAppNoticesOf(user.userId()).stream()
        .filter(n -> n.confirmedAt() == null || n.meetingStart() == null || n.meetingStart().isAfter(now)).toList();
    return new MyPage(person.map(Person::fullName).orElse(user.userId()),
        person.map(Person::departmentName).orElse(""), upcoming, upcomingInAll, moves.inAppMovesOf(user),
        cancellations.inAppCancellationsOf(user), current,
        signIn.openCodesOf(user.userId()), distribution.inAppMinutesOf(user),
        person.map(p -> openResolutions(p, user)).orElse(List.of()));
  }

  private List<MaterialFile> latestMaterials(MyMeeting item) {
    return materials.overview(item.meeting().id()).kinds().stream().map(KindView::versions)
        .filter(versions -> !versions.isEmpty()).map(versions -> versions.get(0)).toList();
  }

  private List<FollowUp> openResolutions(Person person, CurrentUser user) {
    return followUps.ofDepartment(person.departmentCode()).stream().filter(f -> f.outcome() == null)
        .filter(f -> meetings.find(f.meetingId()).filter(m -> followUpAccess.mayRead(user, m, f)).isPresent())
        .toList();
  }
}
