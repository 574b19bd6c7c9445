package cn.gov.agency.meeting.archive;

import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.organisation.RoleCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The archive of a meeting: its facts as JSON, and the zip itself. */
@RestController
class ArchiveController {

  /** What the archive is, without its bytes. */
  record ArchiveInfo(long meetingId, String fileName, long sizeBytes, String sha256, int entryCount,
      String archivedBy, LocalDateTime archivedAt) {}

  private final MeetingArchive archive;
  private final Meetings meetings;
  private final MeetingAccess access;

  ArchiveController(MeetingArchive archive, Meetings meetings, MeetingAccess access) {
    this.archive = archive;
    this.meetings = meetings;
    this.access = access;
  }

  @GetMapping("/api/meetings/{id}/archive")
  ArchiveInfo info(@PathVariable long id, CurrentUser user) {
    MeetingArchive.ArchiveFile file = readable(id, user);
    return new ArchiveInfo(file.meetingId(), file.fileName(), file.sizeBytes(), file.sha256(), file.entryCount(),
        file.archivedBy(), file.archivedAt());
  }

  @GetMapping("/api/meetings/{id}/archive/content")
  ResponseEntity<byte[]> download(@PathVariable long id, CurrentUser user) {
    MeetingArchive.ArchiveFile file = readable(id, user);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build()
            .toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(file.content());
  }

  /** The office, the host department and its leader, auditors; for a confidential meeting also R5.2. */
  private MeetingArchive.ArchiveFile readable(long id, CurrentUser user) {
    MeetingRecord meeting = meetings.find(id).orElseThrow(() -> new NoSuchRecordException("会议 " + id));
    String host = meeting.hostDepartmentCode();
    boolean allowed = user.isIn("office") || user.isIn("auditor")
        || user.isIn(RoleCatalogue.departmentGroupId("staff", host))
        || user.isIn(RoleCatalogue.departmentGroupId("head", host))
        || user.isIn(RoleCatalogue.departmentGroupId("leader", host));
    if (!allowed || !access.mayReadContent(user, meeting)) {
      throw new AuthorizationException(user.userId() + " may not read the archive of meeting " + id);
    }
    return archive.find(id).orElseThrow(() -> new NoSuchRecordException("会议 " + id + " 的归档"));
  }
}
