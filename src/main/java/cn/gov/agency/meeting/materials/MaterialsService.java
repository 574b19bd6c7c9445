package cn.gov.agency.meeting.materials;

import cn.gov.agency.meeting.upload.FileFacts;
import cn.gov.agency.meeting.upload.UploadFileNames;
import cn.gov.agency.meeting.upload.UploadFileType;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meetingtype.MaterialKind;
import cn.gov.agency.meeting.meetingtype.MeetingTypeCatalogue;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import cn.gov.agency.meeting.validation.Violations;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting materials of R3.4: the host department uploads them by kind, sends them to the leader
 * in charge once every kind the meeting type requires is there, and the leader approves them or
 * returns them with comments. Copies printed = participants (+ configured spares). Every upload is
 * kept (R7.4): a re-upload is a new version.
 */
@Service
public class MaterialsService {

  /** The stage name of this feature in the meeting's trail. */
  public static final String STAGE = "materials";

  private static final int MAX_TEXT = 2000;

  private final MaterialsRepository materials;
  private final Meetings meetings;
  private final MeetingEvents events;
  private final MeetingTypeCatalogue meetingTypes;
  private final OrganisationDirectory directory;
  private final LateMaterialsAlert lateAlert;
  private final MaterialsSettings settings;
  private final Clock clock;
  private final String publicBaseUrl;

  MaterialsService(MaterialsRepository materials, Meetings meetings, MeetingEvents events,
      MeetingTypeCatalogue meetingTypes, OrganisationDirectory directory, LateMaterialsAlert lateAlert,
      MaterialsSettings settings, Clock clock, @Value("${meeting.public-base-url}") String publicBaseUrl) {
    this.materials = materials;
    this.meetings = meetings;
    this.events = events;
    this.meetingTypes = meetingTypes;
    this.directory = directory;
    this.lateAlert = lateAlert;
    this.settings = settings;
    this.clock = clock;
    this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
        : publicBaseUrl;
  }

  /**
   * Preparation starts: uploads are open; the task forms get what to prepare (by when is the task's
   * due date, which follows the meeting's schedule; where is the form's relative link).
   */
  @Transactional
  public Opened open(long meetingId, String processInstanceId, String actor) {
    MeetingRecord meeting = meeting(meetingId);
    materials.open(meetingId, processInstanceId, now());
    String required = names(meetingTypes.requiredMaterials(meeting.meetingType()));
    events.record(meetingId, STAGE, "OPENED", actor, "需报送：" + required);
    return new Opened(required);
  }

  public static String pagePath(long meetingId) {
    return "/app/meetings/" + meetingId + "/materials";
  }

  /**
   * Keeps one uploaded file as the next version of its kind. Refused unless the materials are being
   * prepared, the kind is known, and the file's name, size, extension and content are acceptable.
   */
  @Transactional
  public MaterialFile upload(long meetingId, String kindCode, String givenName, byte[] content, String uploader) {
    meeting(meetingId);
    Optional<MaterialsStatus> status = materials.lockStatus(meetingId);
    if (status.isEmpty() || status.get() != MaterialsStatus.OPEN) {
      throw InvalidInputException.of("会议材料", new Violation("file", "材料文件", "open", status
          .map(s -> "材料" + s.label() + "，不能再上传").orElse("材料准备尚未开始，暂不能上传")));
    }
    Violations violations = new Violations("会议材料");
    Optional<MaterialKind> kind = meetingTypes.materialKind(kindCode == null ? "" : kindCode.trim());
    if (kind.isEmpty()) {
      violations.add("kind", "材料种类", "one-of", "请选择材料种类：" + names(meetingTypes.materialKinds()));
    }
    String name = UploadFileNames.clean(givenName);
    String extension = UploadFileNames.extension(name);
    Optional<UploadFileType> type = UploadFileType.ofExtension(extension).filter(t -> settings.allows(extension));
    if (name.isEmpty()) {
      violations.add("file", "材料文件", "file-name", "请选择文件（文件名不能为空）");
    } else if (name.codePointCount(0, name.length()) > settings.maxFileNameLength()) {
      violations.add("file", "材料文件", "file-name-length", "文件名不能超过 " + settings.maxFileNameLength() + " 个字");
    } else if (type.isEmpty()) {
      violations.add("file", "材料文件", "type", "只接受以下类型的文件：" + String.join("、", settings.allowedTypes()));
    }
    if (content == null || content.length == 0) {
      violations.add("file", "材料文件", "required", "文件为空");
    } else if (content.length > settings.maxFileSize().toBytes()) {
      violations.add("file", "材料文件", "max-size", "文件不能超过 " + FileFacts.readableSize(settings.maxFileSize().toBytes()));
    } else if (type.isPresent() && !type.get().contentMatches(content)) {
      violations.add("file", "材料文件", "content-type", "文件内容与扩展名 ." + extension + " 不符");
    }
    violations.throwIfAny();
    int version = materials.nextVersion(meetingId, kind.get().code());
    long id = materials.insertFile(meetingId, kind.get().code(), version, name, type.get().contentType(), content,
        FileFacts.sha256(content), uploader, now());
    events.record(meetingId, STAGE, "UPLOADED", uploader, kind.get().name() + " 第" + version + "版：" + name);
    return materials.file(meetingId, id).orElseThrow();
  }

  /**
   * Sends the latest version of every uploaded kind to the leader; refused, naming the kinds, while
   * one the meeting type requires is missing. The print quantity is fixed with the submission.
   */
  @Transactional
  public Submitted submit(long meetingId, String actor, Object noteValue) {
    MeetingRecord meeting = meeting(meetingId);
    String note = noteValue == null ? "" : noteValue.toString().trim();
    Violations violations = new Violations("报送会议材料");
    if (note.length() > MAX_TEXT) {
      violations.add(MaterialsVariables.MATERIALS_NOTE, "说明", "max-length", "不能超过 " + MAX_TEXT + " 个字");
    }
    if (materials.lockStatus(meetingId).orElse(null) != MaterialsStatus.OPEN) {
      throw new IllegalStateException("Materials of meeting " + meetingId + " are not being prepared");
    }
    Map<String, MaterialFile> latest = latestByKind(materials.files(meetingId));
    List<MaterialKind> missing = meetingTypes.requiredMaterials(meeting.meetingType()).stream()
        .filter(kind -> !latest.containsKey(kind.code())).toList();
    if (!missing.isEmpty()) {
      violations.add("materials", "会议材料", "required-kinds",
          "尚未上传：" + names(missing) + "。请先在材料页面上传后再提交");
    }
    violations.throwIfAny();
    int spare = settings.spareCopies();
    long id = materials.insertSubmission(meetingId, actor, note.isEmpty() ? null : note, meeting.participantCount(),
        spare, latest.values().stream().map(MaterialFile::id).toList(), now());
    materials.changeStatus(meetingId, MaterialsStatus.OPEN, MaterialsStatus.IN_REVIEW, now());
    int copies = meeting.participantCount() + spare;
    events.record(meetingId, STAGE, "SUBMITTED", actor, "报送分管领导审核，印刷份数 " + copies
        + (note.isEmpty() ? "" : "；说明：" + note));
    return new Submitted(id, copies);
  }

  /** The leader's form: a decision from the list, and comments whenever the materials go back. */
  public MaterialsDecision checkReview(Object decisionValue, Object commentValue) {
    Violations violations = new Violations("材料审核意见");
    MaterialsDecision decision = MaterialsDecision.fromValue(decisionValue).orElse(null);
    if (decision == null) {
      violations.add(MaterialsVariables.MATERIALS_DECISION, "审核结果", "one-of", "请选择同意或退回修改");
    }
    String comment = commentValue == null ? "" : commentValue.toString().trim();
    if (decision == MaterialsDecision.RETURN && comment.isEmpty()) {
      violations.add(MaterialsVariables.MATERIALS_COMMENT, "审核意见", "required-unless-approved",
          "退回修改时必须写明修改意见");
    }
    if (comment.length() > MAX_TEXT) {
      violations.add(MaterialsVariables.MATERIALS_COMMENT, "审核意见", "max-length", "不能超过 " + MAX_TEXT + " 个字");
    }
    violations.throwIfAny();
    return decision;
  }

  @Transactional
  /**
   * The leader's review of the meeting's materials in review: it always concerns the meeting's latest
   * submission, never one named from outside (a submission of another meeting).
   */
  public void recordReview(long meetingId, MaterialsDecision decision, String comment, String reviewer) {
    long submissionId = materials.submissions(meetingId).stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("Materials of meeting " + meetingId + " were never submitted"))
        .id();
    String kept = comment == null || comment.isBlank() ? null : comment.trim();
    if (!materials.recordReview(submissionId, decision, kept, reviewer, now())) {
      throw new IllegalStateException("Submission " + submissionId + " is already reviewed");
    }
    MaterialsStatus next = decision == MaterialsDecision.APPROVE ? MaterialsStatus.APPROVED : MaterialsStatus.OPEN;
    if (!materials.changeStatus(meetingId, MaterialsStatus.IN_REVIEW, next, now())) {
      throw new IllegalStateException("Materials of meeting " + meetingId + " are not in review");
    }
    events.record(meetingId, STAGE, decision == MaterialsDecision.APPROVE ? "APPROVED" : "RETURNED", reviewer, kept);
  }

  /** The deadline is near: noted in the trail (the reminder itself goes to the task's people). */
  @Transactional
  public void remind(long meetingId, String actor) {
    events.record(meetingId, STAGE, "REMINDED", actor, "材料报送期限临近，已提醒主办部门经办人");
  }

  /**
   * The deadline passed with the materials not sent: recorded once, and the leaders in charge of the
   * host department are told. Returns who is told (nobody when it was already recorded).
   */
  @Transactional
  public List<String> markLate(long meetingId, String actor) {
    MeetingRecord meeting = meeting(meetingId);
    if (!materials.markLate(meetingId, now())) {
      return List.of();
    }
    List<String> leaders = directory.leadersOf(meeting.hostDepartmentCode());
    events.record(meetingId, STAGE, "LATE", actor, "会议材料未在规定期限前报送分管领导审核，已告知分管领导");
    lateAlert.afterCommit(meeting, leaders, publicBaseUrl + pagePath(meetingId));
    return leaders;
  }

  public MaterialsOverview overview(long meetingId) {
    MeetingRecord meeting = meeting(meetingId);
    Optional<MaterialsRepository.State> state = materials.state(meetingId);
    List<MaterialKind> required = meetingTypes.requiredMaterials(meeting.meetingType());
    List<MaterialFile> files = materials.files(meetingId);
    List<MaterialsOverview.KindView> kinds = new ArrayList<>();
    for (MaterialKind kind : meetingTypes.materialKinds()) {
      List<MaterialFile> versions = files.stream().filter(f -> f.kind().equals(kind.code())).toList();
      boolean isRequired = required.contains(kind);
      if (isRequired || !versions.isEmpty()) {
        kinds.add(new MaterialsOverview.KindView(kind.code(), kind.name(), isRequired, versions));
      }
    }
    List<String> missing = kinds.stream().filter(k -> k.required() && k.versions().isEmpty())
        .map(MaterialsOverview.KindView::name).toList();
    return new MaterialsOverview(meeting.id(), meeting.title(), meeting.hostDepartmentCode(),
        state.map(MaterialsRepository.State::status).orElse(null),
        state.map(s -> s.status().label()).orElse("未开始"), state.map(MaterialsRepository.State::late).orElse(false),
        kinds, missing, meeting.participantCount(), settings.spareCopies(),
        meeting.participantCount() + settings.spareCopies(), materials.submissions(meetingId),
        meetingTypes.materialKinds());
  }

  public Download download(long meetingId, long fileId) {
    MaterialFile file = materials.file(meetingId, fileId)
        .orElseThrow(() -> new NoSuchRecordException("material file " + fileId));
    return new Download(file, materials.content(fileId));
  }

  public MeetingRecord meeting(long meetingId) {
    return meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("meeting " + meetingId));
  }

  private static Map<String, MaterialFile> latestByKind(List<MaterialFile> files) {
    Map<String, MaterialFile> latest = new LinkedHashMap<>();
    files.forEach(file -> latest.merge(file.kind(), file, (a, b) -> a.version() >= b.version() ? a : b));
    return latest;
  }

  private static String names(List<MaterialKind> kinds) {
    return kinds.stream().map(MaterialKind::name).collect(Collectors.joining("、"));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  public record Opened(String requiredMaterials) {}

  public record Submitted(long submissionId, int printCopies) {}

  public record Download(MaterialFile file, byte[] content) {}
}
