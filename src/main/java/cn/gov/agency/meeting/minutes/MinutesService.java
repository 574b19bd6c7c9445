package cn.gov.agency.meeting.minutes;

import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.organisation.PersonUnits;
import cn.gov.agency.meeting.meeting.StaffDuty;
import cn.gov.agency.meeting.materials.MaterialFile;
import cn.gov.agency.meeting.materials.MaterialsOverview;
import cn.gov.agency.meeting.materials.MaterialsService;
import cn.gov.agency.meeting.meetingtype.MeetingType;
import cn.gov.agency.meeting.meetingtype.MeetingTypeCatalogue;
import cn.gov.agency.meeting.minutes.MinutesVersion.AttendeeLine;
import cn.gov.agency.meeting.minutes.MinutesVersion.ExchangeMaterial;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import cn.gov.agency.meeting.validation.Violations;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 会议记录与纪要 (R4.3, R2): the named recorder drafts the minutes with the type's structured output,
 * the host department head reviews, the leader in charge approves. Every submission is a new
 * version and every version is kept; the approved one is final.
 */
@Service
public class MinutesService {

  static final String EXCHANGE_MATERIALS = "exchange_materials";
  private static final int MAX_COMMENT = 2000;

  private final MinutesRepository minutes;
  private final MinutesForm form;
  private final Meetings meetings;
  private final MeetingEvents events;
  private final MeetingTypeCatalogue types;
  private final MaterialsService materials;
  private final OrganisationDirectory directory;
  private final PersonUnits units;
  private final MinutesSettings settings;
  private final Clock clock;
  private final String publicBaseUrl;

  public MinutesService(MinutesRepository minutes, MinutesForm form, Meetings meetings, MeetingEvents events,
      MeetingTypeCatalogue types, MaterialsService materials, OrganisationDirectory directory,
      MinutesSettings settings, Clock clock, @Value("${meeting.public-base-url}") String publicBaseUrl,
      PersonUnits units) {
    this.units = units;
    this.minutes = minutes;
    this.form = form;
    this.meetings = meetings;
    this.events = events;
    this.types = types;
    this.materials = materials;
    this.directory = directory;
    this.settings = settings;
    this.clock = clock;
    this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
        : publicBaseUrl;
  }

  public static String pagePath(long meetingId) {
    return "/app/meetings/" + meetingId + "/minutes";
  }

  /**
   * Recording starts: the recorder gets a working draft with the meeting's planned time and place
   * to correct; returns the drafting page's address for the task form.
   */
  @Transactional
  public String open(long meetingId, String processInstanceId, String actor) {
    MeetingRecord meeting = meeting(meetingId);
    // The recorder the office named in 会务分工 (the staffing record), the one the recording task goes to.
    List<String> named = meetings.staff(meetingId, StaffDuty.RECORDER);
    String recorder = named.size() == 1 ? named.get(0) : null;
    if (recorder == null || directory.person(recorder).isEmpty()) {
      throw new IllegalStateException("Meeting " + meetingId + " has no known recorder: " + recorder);
    }
    if (minutes.state(meetingId).isPresent()) {
      throw new IllegalStateException("The minutes of meeting " + meetingId + " are already being recorded");
    }
    LocalDateTime now = now();
    minutes.open(meetingId, processInstanceId, recorder, now);
    minutes.saveDraft(meetingId, new MinutesContent(meeting.plannedStart(), meeting.plannedEnd(), meeting.place(),
        null, null, List.of(), List.of(), List.of(), List.of(), List.of()), recorder, now);
    events.record(meetingId, MinutesVariables.STAGE, "OPENED", actor, null);
    return publicBaseUrl + pagePath(meetingId);
  }

  /** The recorder saves the working draft: unfinished is fine, wrong is refused (see {@link MinutesForm#read}). */
  @Transactional
  public MinutesVersion saveDraft(long meetingId, Map<String, ?> values, String writer) {
    MeetingRecord meeting = meeting(meetingId);
    requireDrafting(meetingId);
    MinutesContent content = form.read(values, meeting);
    minutes.saveDraft(meetingId, content, writer, now());
    return minutes.draft(meetingId).orElseThrow();
  }

  /**
   * Completing the recorder's task: the working draft, complete for the meeting type, becomes the
   * next version with the attendees and exchange materials as they stand now.
   */
  @Transactional
  public MinutesVersion submit(long meetingId, String actor) {
    MeetingRecord meeting = meeting(meetingId);
    requireDrafting(meetingId);
    MinutesVersion draft = minutes.draft(meetingId).orElseThrow();
    form.requireComplete(draft.minutes(), outputOf(meeting));
    boolean first = minutes.versionsOf(meetingId).isEmpty();
    long id = minutes.insertSubmitted(meetingId, draft.minutes(), attendeesOf(meetingId),
        exchangeMaterialsOf(meeting), actor, now());
    minutes.changeStatus(meetingId, MinutesStatus.DRAFTING, MinutesStatus.IN_REVIEW);
    MinutesVersion version = minutes.find(id).orElseThrow();
    events.record(meetingId, MinutesVariables.STAGE, first ? "SUBMITTED" : "RESUBMITTED", actor,
        "第" + version.versionNo() + "版");
    return version;
  }

  /** A review form: approve or return, and always the reviewer's comment. */
  public MinutesDecision checkReview(MinutesReviewer reviewer, Object decisionValue, Object commentValue) {
    Violations violations = new Violations(reviewer.subject());
    MinutesDecision decision = MinutesDecision.fromValue(decisionValue).orElse(null);
    if (decision == null) {
      violations.add(reviewer.decisionField(), "审核结果", "one-of", "请选择同意或退回修改");
    }
    String comment = text(commentValue);
    if (comment == null) {
      violations.add(reviewer.commentField(), "审核意见", "required", "必须填写审核意见");
    } else if (comment.length() > MAX_COMMENT) {
      violations.add(reviewer.commentField(), "审核意见", "max-length", "不能超过 " + MAX_COMMENT + " 个字");
    }
    violations.throwIfAny();
    return decision;
  }

  /**
   * Records a review of the version under review. Returned, the recorder drafts again; approved by
   * the leader, the version is final and the minutes are approved.
   */
  @Transactional
  /**
   * A review of the meeting's minutes: it concerns the meeting's latest submitted version, the one
   * in review, never a version named from outside (one of another meeting's minutes).
   */
  public void recordReview(long meetingId, MinutesReviewer reviewer, MinutesDecision decision, Object comment,
      String actor) {
    List<MinutesVersion> versions = minutes.versionsOf(meetingId);
    if (versions.isEmpty()) {
      throw new IllegalStateException("The minutes of meeting " + meetingId + " have no submitted version");
    }
    MinutesVersion version = versions.get(versions.size() - 1);
    long versionId = version.id();
    if (!minutes.changeVersionStatus(versionId, reviewer.reviews(), reviewer.after(decision))) {
      throw new IllegalStateException("Minutes version " + versionId + " is not " + reviewer.reviews()
          + ": cannot record the " + reviewer + " review");
    }
    minutes.insertReview(versionId, reviewer, decision, actor, text(comment), now());
    if (decision == MinutesDecision.RETURN) {
      minutes.changeStatus(version.meetingId(), MinutesStatus.IN_REVIEW, MinutesStatus.DRAFTING);
    } else if (reviewer == MinutesReviewer.LEADER) {
      minutes.changeStatus(version.meetingId(), MinutesStatus.IN_REVIEW, MinutesStatus.APPROVED);
    }
    events.record(version.meetingId(), MinutesVariables.STAGE, reviewer.action(decision), actor, text(comment));
  }

  public MinutesWorkspace workspace(long meetingId) {
    MeetingRecord meeting = meeting(meetingId);
    Optional<MinutesRepository.State> state = minutes.state(meetingId);
    MinutesOutput output = outputOf(meeting);
    Optional<MeetingType> type = types.find(meeting.meetingType());
    String recorder = state.map(MinutesRepository.State::recorderUserId).orElse(null);
    String returnComment = minutes.versionsOf(meetingId).stream()
        .filter(v -> v.status() == VersionStatus.RETURNED).reduce((a, b) -> b)
        .flatMap(v -> v.reviews().stream().filter(r -> r.decision() == MinutesDecision.RETURN).findFirst())
        .map(r -> r.reviewerLabel() + "：" + r.comment()).orElse(null);
    return new MinutesWorkspace(meetingId, meeting.title(), meeting.meetingType(),
        type.map(MeetingType::name).orElse(meeting.meetingType()), outputDocument(meeting),
        state.map(MinutesRepository.State::status).orElse(null),
        state.map(s -> s.status().label()).orElse("尚未开始记录"), recorder,
        recorder == null ? null : directory.person(recorder).map(Person::fullName).orElse(recorder), false,
        state.map(s -> s.status() == MinutesStatus.DRAFTING).orElse(false) ? returnComment : null,
        minutes.draft(meetingId).orElse(null), attendeesOf(meetingId), exchangeMaterialsOf(meeting),
        output.hasFindings(), output.hasSpeakers(), output.hasOpinions(), output.requiresResolutions(),
        directory.departments(), settings.opinionCategories());
  }

  public Optional<String> recorderOf(long meetingId) {
    return minutes.state(meetingId).map(MinutesRepository.State::recorderUserId);
  }

  public boolean drafting(long meetingId) {
    return minutes.state(meetingId).map(s -> s.status() == MinutesStatus.DRAFTING).orElse(false);
  }

  public List<MinutesVersion> versions(long meetingId) {
    meeting(meetingId);
    return minutes.versionsOf(meetingId);
  }

  /** The approved version with its resolutions; empty until the leader in charge approves. */
  public Optional<ApprovedMinutes> approved(long meetingId) {
    MeetingRecord meeting = meeting(meetingId);
    return minutes.versionsOf(meetingId).stream().filter(v -> v.status() == VersionStatus.APPROVED)
        .reduce((a, b) -> b)
        .map(v -> new ApprovedMinutes(meetingId, meeting.title(), meeting.meetingType(), outputDocument(meeting), v,
            v.minutes().resolutions()));
  }

  public MeetingRecord meeting(long meetingId) {
    return meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("meeting " + meetingId));
  }

  /** The type's output structure as processes/meeting-types.yaml declares it (R1.1). */
  MinutesOutput outputOf(MeetingRecord meeting) {
    return MinutesOutput.of(types.minutes(meeting.meetingType()));
  }

  String outputDocument(MeetingRecord meeting) {
    return types.find(meeting.meetingType()).map(MeetingType::outputDocument).orElse("会议纪要");
  }

  /**
   * Who was there (R4.3: participants from sign-in): those the attendance record has present or
   * late, with their early departure (R5.1) if they left before the end; before sign-in has closed (nothing recorded yet), everyone expected.
   */
  List<AttendeeLine> attendeesOf(long meetingId) {
    List<Attendee> all = meetings.attendees(meetingId);
    boolean recorded = all.stream().anyMatch(a -> a.attendance() != null);
    List<AttendeeLine> lines = new ArrayList<>();
    for (Attendee attendee : all) {
      String attendance = recorded ? attendee.attendance() : attendee.expected() ? Attendance.EXPECTED : null;
      if (Attendance.PRESENT.equals(attendance) || Attendance.LATE.equals(attendance)
          || Attendance.EXPECTED.equals(attendance)) {
        lines.add(line(attendee, attendance));
      }
    }
    return lines;
  }

  private AttendeeLine line(Attendee attendee, String attendance) {
    if (attendee.isGuest()) {
      return new AttendeeLine(attendee.guestName(), attendee.guestUnit(), null, attendance,
          Attendance.label(attendance), attendee.departure());
    }
    Optional<Person> person = directory.person(attendee.personUserId());
    return new AttendeeLine(person.map(Person::fullName).orElse(attendee.personUserId()),
        person.map(units::unitOf).orElse(null), person.map(Person::position).orElse(null), attendance,
        Attendance.label(attendance), attendee.departure());
  }

  /** The exchange materials of the materials stage (their latest version) for an experience exchange's compilation. */
  List<ExchangeMaterial> exchangeMaterialsOf(MeetingRecord meeting) {
    if (!outputOf(meeting).hasSpeakers()) {
      return List.of();
    }
    MaterialsOverview overview = materials.overview(meeting.id());
    return overview.kinds().stream().filter(kind -> kind.code().equals(EXCHANGE_MATERIALS))
        .flatMap(kind -> kind.versions().stream().max(Comparator.comparingInt(MaterialFile::version)).stream())
        .map(file -> new ExchangeMaterial(file.id(), file.fileName(), file.version(),
            file.uploadedByName() == null ? file.uploadedBy() : file.uploadedByName()))
        .toList();
  }

  private void requireDrafting(long meetingId) {
    Optional<MinutesStatus> status = minutes.lockStatus(meetingId);
    if (status.isEmpty() || status.get() != MinutesStatus.DRAFTING) {
      throw InvalidInputException.of(MinutesForm.SUBJECT, new Violation("status", "纪要状态", "drafting",
          status.map(s -> "纪要" + s.label() + "，不能修改或提交").orElse("会议记录尚未开始")));
    }
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
