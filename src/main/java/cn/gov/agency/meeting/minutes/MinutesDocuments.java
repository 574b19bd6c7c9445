package cn.gov.agency.meeting.minutes;

import cn.gov.agency.meeting.document.DocumentTemplates;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.organisation.Department;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Renders a version as the meeting type's output document (R2) from templates/minutes/&lt;type&gt;.ftlh,
 * or templates/minutes/default.ftlh for a type added later (R1.1). HTML output format: everything
 * the recorder typed is escaped.
 */
@Component
class MinutesDocuments {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final DocumentTemplates templates;
  private final OrganisationDirectory directory;

  MinutesDocuments(DocumentTemplates templates, OrganisationDirectory directory) {
    this.templates = templates;
    this.directory = directory;
  }

  String render(MeetingRecord meeting, String outputDocument, MinutesVersion version) {
    MinutesContent content = version.minutes();
    Map<String, Object> model = new HashMap<>();
    model.put("documentName", outputDocument);
    model.put("title", meeting.title());
    model.put("hostDepartment", directory.department(meeting.hostDepartmentCode()).map(Department::name)
        .orElse(meeting.hostDepartmentCode()));
    model.put("start", content.startedAt() == null ? "" : TIME.format(content.startedAt()));
    model.put("end", content.endedAt() == null ? "" : content.endedAt().toLocalDate()
        .equals(content.startedAt().toLocalDate()) ? DateTimeFormatter.ofPattern("HH:mm").format(content.endedAt())
        : TIME.format(content.endedAt()));
    model.put("place", content.place() == null ? "" : content.place());
    model.put("content", content.content() == null ? "" : content.content());
    model.put("discussion", content.discussion() == null ? "" : content.discussion());
    model.put("attendees", version.attendees());
    model.put("resolutions", content.resolutions().stream().map(r -> Map.of("text", r.text(),
        "department", r.departmentName() == null ? r.department() : r.departmentName(),
        "deadline", DAY.format(r.deadline()))).toList());
    model.put("results", content.results());
    model.put("proposals", content.proposals());
    model.put("speakers", content.speakers());
    model.put("opinions", content.opinions());
    model.put("materials", version.exchangeMaterials());
    model.put("recorder", directory.person(version.writtenBy()).map(Person::fullName).orElse(version.writtenBy()));
    model.put("versionNo", version.versionNo());
    model.put("approvedOn", version.reviews().stream()
        .filter(r -> r.reviewer() == MinutesReviewer.LEADER && r.decision() == MinutesDecision.APPROVE)
        .map(r -> DAY.format(r.decidedAt())).findFirst().orElse(""));
    return templates.renderForType("minutes", meeting.meetingType(), model);
  }
}
