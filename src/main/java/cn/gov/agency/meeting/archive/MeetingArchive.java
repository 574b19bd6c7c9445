package cn.gov.agency.meeting.archive;

import cn.gov.agency.meeting.document.DocumentTemplates;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.MeetingSchedule;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.organisation.Department;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.upload.FileFacts;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 会议资料归档 (R7.4): once the minutes are issued, every feature's part of the record goes into one
 * zip with an index page, stored once; the meeting is ARCHIVED. What ends later (resolutions' outcome,
 * passing-on, reimbursement) is added as dated supplements, each a zip of its own, never rewriting
 * the archive.
 */
@Service
public class MeetingArchive {

  static final String STAGE = "archive";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** The stored archive of one meeting. */
  public record ArchiveFile(long meetingId, String fileName, byte[] content, long sizeBytes, String sha256,
      int entryCount, String archivedBy, LocalDateTime archivedAt) {}

  /** A part added to the archive after it was written. */
  public record Supplement(long id, long meetingId, ArchiveSupplementKind kind, String title, String fileName,
      byte[] content, long sizeBytes, String sha256, int entryCount, String addedBy, LocalDateTime addedAt) {}

  private final List<ArchiveSection> sections;
  private final DocumentTemplates pages;
  private final Meetings meetings;
  private final MeetingSchedule schedule;
  private final MeetingEvents events;
  private final OrganisationDirectory directory;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  public MeetingArchive(List<ArchiveSection> sections, DocumentTemplates pages, Meetings meetings,
      MeetingSchedule schedule, MeetingEvents events, OrganisationDirectory directory, JdbcTemplate jdbc,
      Clock clock) {
    this.sections = sections.stream().sorted(Comparator.comparingInt(ArchiveSection::order)).toList();
    this.pages = pages;
    this.meetings = meetings;
    this.schedule = schedule;
    this.events = events;
    this.directory = directory;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  public ArchiveFile archive(long meetingId, String actor) {
    MeetingRecord meeting = meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("会议 " + meetingId));
    // The event first, so the archive's own trail ends with it.
    events.record(meetingId, STAGE, "ARCHIVED", actor, null);
    LocalDateTime now = LocalDateTime.now(clock);
    ZipArchiveWriter writer = new ZipArchiveWriter(pages);
    int number = 0;
    for (ArchiveSection section : sections) {
      if (!section.appliesTo(meeting)) {
        continue;
      }
      writer.startSection(++number, section.title());
      section.write(meeting, writer);
    }
    byte[] zip = writer.finish(indexModel(meeting, "会议资料归档", actor, now));
    if (!schedule.changeStatus(meetingId, MeetingStatus.HELD, MeetingStatus.ARCHIVED)) {
      throw new IllegalStateException("meeting " + meetingId + " is not held, or is archived already");
    }
    String fileName = "meeting-" + meetingId + "-archive.zip";
    jdbc.update("""
        insert into meeting_archive (meeting_id, file_name, content, size_bytes, sha256, entry_count, archived_by, archived_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""", meetingId, fileName, zip, zip.length, FileFacts.sha256(zip), writer.entryCount(),
        actor, Timestamp.valueOf(now));
    return find(meetingId).orElseThrow();
  }

  /**
   * 补充归档: the part of the given kind as it is now, added to the archive with the date. Nothing
   * when the meeting is not archived yet: the archive, when written, contains the part anyway.
   */
  @Transactional
  public Optional<Supplement> supplement(long meetingId, ArchiveSupplementKind kind, String actor) {
    if (find(meetingId).isEmpty()) {
      return Optional.empty();
    }
    MeetingRecord meeting = meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("会议 " + meetingId));
    ArchiveSection section = sections.stream().filter(s -> s.order() == kind.sectionOrder()).findFirst()
        .orElseThrow(() -> new IllegalStateException("no archive section of order " + kind.sectionOrder()));
    events.record(meetingId, STAGE, "SUPPLEMENTED", actor, kind.title());
    LocalDateTime now = LocalDateTime.now(clock);
    ZipArchiveWriter writer = new ZipArchiveWriter(pages);
    writer.startSection(1, section.title());
    section.write(meeting, writer);
    byte[] zip = writer.finish(indexModel(meeting, "会议资料补充归档：" + kind.title(), actor, now));
    String fileName = "meeting-" + meetingId + "-supplement-" + kind.name().toLowerCase().replace('_', '-') + ".zip";
    jdbc.update("""
        insert into meeting_archive_supplement (meeting_id, kind, title, file_name, content, size_bytes, sha256,
          entry_count, added_by, added_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", meetingId, kind.name(), kind.title(), fileName, zip, zip.length,
        FileFacts.sha256(zip), writer.entryCount(), actor, Timestamp.valueOf(now));
    return supplements(meetingId).stream().filter(s -> s.kind() == kind).findFirst();
  }

  /** The supplements of a meeting's archive, oldest first. */
  public List<Supplement> supplements(long meetingId) {
    return jdbc.query("select * from meeting_archive_supplement where meeting_id = ? order by added_at, id",
        (rs, i) -> new Supplement(rs.getLong("id"), rs.getLong("meeting_id"),
            ArchiveSupplementKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("file_name"),
            rs.getBytes("content"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getInt("entry_count"),
            rs.getString("added_by"), rs.getTimestamp("added_at").toLocalDateTime()), meetingId);
  }

  /** Who archived or added a supplement, by name. */
  public String nameOf(String userId) {
    return directory.person(userId).map(Person::fullName).orElse(userId);
  }

  private Map<String, Object> indexModel(MeetingRecord meeting, String heading, String actor, LocalDateTime now) {
    return Map.of(
        "heading", heading,
        "meetingTitle", meeting.title(),
        "hostDepartmentName", directory.department(meeting.hostDepartmentCode()).map(Department::name)
            .orElse(meeting.hostDepartmentCode()),
        "meetingTime", meeting.plannedStart() == null ? "" : TIME.format(meeting.plannedStart()) + " 至 "
            + TIME.format(meeting.plannedEnd()),
        "filingNumber", meeting.filingNumber() == null ? "—" : meeting.filingNumber(),
        "archivedBy", directory.person(actor).map(Person::fullName).orElse(actor),
        "archivedAt", TIME.format(now));
  }

  /** The host department confirms the record is complete before it is archived for good. */
  public static void checkConfirmed(Object confirmed) {
    if (!Boolean.TRUE.equals(confirmed)) {
      throw InvalidInputException.of("会议资料归档", new Violation("archiveConfirmed", "归档确认", "confirmed",
          "请先核对会议资料齐全后勾选确认"));
    }
  }

  public Optional<ArchiveFile> find(long meetingId) {
    return jdbc.query("select * from meeting_archive where meeting_id = ?", (rs, i) -> new ArchiveFile(
        rs.getLong("meeting_id"), rs.getString("file_name"), rs.getBytes("content"), rs.getLong("size_bytes"),
        rs.getString("sha256"), rs.getInt("entry_count"), rs.getString("archived_by"),
        rs.getTimestamp("archived_at").toLocalDateTime()), meetingId).stream().findFirst();
  }
}
