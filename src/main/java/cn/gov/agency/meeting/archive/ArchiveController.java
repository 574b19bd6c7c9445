package cn.gov.agency.meeting.archive;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ResponseBody;

/** The archive of a meeting: its facts as JSON with its dated supplements, the zips themselves, the page. */
@Controller
class ArchiveController {

  /** What the archive is, without its bytes. */
  public record ArchiveInfo(long meetingId, String fileName, long sizeBytes, String sha256, int entryCount,
      String archivedBy, LocalDateTime archivedAt, List<SupplementInfo> supplements) {}

  /** A dated supplement (补充归档), without its bytes. */
  public record SupplementInfo(long id, String kind, String title, String fileName, long sizeBytes, String sha256,
      int entryCount, String addedBy, LocalDateTime addedAt) {}

  private final MeetingArchive archive;
  private final Meetings meetings;
  private final MeetingAccess access;

  ArchiveController(MeetingArchive archive, Meetings meetings, MeetingAccess access) {
    this.archive = archive;
    this.meetings = meetings;
    this.access = access;
  }

  @GetMapping("/api/meetings/{id}/archive")
  @ResponseBody
  ArchiveInfo info(@PathVariable long id, CurrentUser user) {
    return infoOf(readable(id, user));
  }

  @GetMapping("/api/meetings/{id}/archive/content")
  @ResponseBody
  ResponseEntity<byte[]> download(@PathVariable long id, CurrentUser user) {
    MeetingArchive.ArchiveFile file = readable(id, user);
    return zip(file.fileName(), file.content());
  }

  @GetMapping("/api/meetings/{id}/archive/supplements/{supplementId}/content")
  @ResponseBody
  ResponseEntity<byte[]> downloadSupplement(@PathVariable long id, @PathVariable long supplementId, CurrentUser user) {
    readable(id, user);
    MeetingArchive.Supplement supplement = archive.supplements(id).stream().filter(s -> s.id() == supplementId)
        .findFirst().orElseThrow(() -> new NoSuchRecordException("会议 " + id + " 的补充归档 " + supplementId));
    return zip(supplement.fileName(), supplement.content());
  }

  /** 会议资料归档: the archive and each supplement with its date, who added it and its download. */
  @GetMapping("/app/meetings/{id}/archive")
  String page(@PathVariable long id, CurrentUser user, Model model) {
    MeetingRecord meeting = meeting(id);
    checkMayRead(meeting, user);
    model.addAttribute("meeting", meeting);
    archive.find(id).map(this::infoOf).ifPresent(info -> model.addAttribute("archive", info));
    return "archive/archive";
  }

  private ArchiveInfo infoOf(MeetingArchive.ArchiveFile file) {
    return new ArchiveInfo(file.meetingId(), file.fileName(), file.sizeBytes(), file.sha256(), file.entryCount(),
        name(file.archivedBy()), file.archivedAt(), archive.supplements(file.meetingId()).stream()
            .map(s -> new SupplementInfo(s.id(), s.kind().name(), s.title(), s.fileName(), s.sizeBytes(), s.sha256(),
                s.entryCount(), name(s.addedBy()), s.addedAt())).toList());
  }

  private String name(String userId) {
    return archive.nameOf(userId);
  }

  private static ResponseEntity<byte[]> zip(String fileName, byte[] content) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
            .toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(content);
  }

  /** The office, the host department and its leader, auditors; for a confidential meeting also R5.2. */
  private MeetingArchive.ArchiveFile readable(long id, CurrentUser user) {
    checkMayRead(meeting(id), user);
    return archive.find(id).orElseThrow(() -> new NoSuchRecordException("会议 " + id + " 的归档"));
  }

  private MeetingRecord meeting(long id) {
    return meetings.find(id).orElseThrow(() -> new NoSuchRecordException("会议 " + id));
  }

  private void checkMayRead(MeetingRecord meeting, CurrentUser user) {
    long id = meeting.id();
    String host = meeting.hostDepartmentCode();
    boolean allowed = user.isIn("office") || user.isIn("auditor")
        || user.isIn(RoleCatalogue.departmentGroupId("staff", host))
        || user.isIn(RoleCatalogue.departmentGroupId("head", host))
        || user.isIn(RoleCatalogue.departmentGroupId("leader", host));
    if (!allowed || !access.mayReadContent(user, meeting)) {
      throw new AuthorizationException(user.userId() + " may not read the archive of meeting " + id);
    }
  }
}
