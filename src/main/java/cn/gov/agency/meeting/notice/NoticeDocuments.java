package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.agenda.AgendaService;
import cn.gov.agency.meeting.document.DocumentTemplates;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.meetingtype.MeetingType;
import cn.gov.agency.meeting.meetingtype.MeetingTypeCatalogue;
import cn.gov.agency.meeting.organisation.Department;
import cn.gov.agency.meeting.organisation.PersonUnits;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Renders the notice (R3.3) from templates/notice/&lt;meeting type&gt;.ftlh, or templates/notice/default.ftlh
 * for a type added later (R1.1); {@link NoticeMessages} sends it. The templates are HTML output
 * format: everything the office typed is escaped.
 */
@Component
class NoticeDocuments {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final DocumentTemplates templates;
  private final MeetingTypeCatalogue types;
  private final OrganisationDirectory directory;
  private final PersonUnits units;
  private final AgendaService agendas;
  private final Clock clock;

  NoticeDocuments(DocumentTemplates templates, MeetingTypeCatalogue types, OrganisationDirectory directory,
      Clock clock, PersonUnits units, AgendaService agendas) {
    this.agendas = agendas;
    this.units = units;
    this.templates = templates;
    this.types = types;
    this.directory = directory;
    this.clock = clock;
  }

  /** The notice itself: an HTML fragment, stored with the meeting and shown, printed and mailed as it is. */
  String notice(MeetingRecord meeting, List<Participant> participants, NoticeDraft draft) {
    Map<String, Object> model = new HashMap<>();
    Optional<MeetingType> type = types.find(meeting.meetingType());
    model.put("title", meeting.title());
    model.put("typeName", type.map(MeetingType::name).orElse(meeting.meetingType()));
    // The agenda the leader in charge fixed from the departments' topics (R2), else the type's usual one.
    model.put("agendaItems", agendas.fixedItems(meeting.id())
        .orElseGet(() -> type.map(MeetingType::agendaItems).orElse(List.of())));
    model.put("hostDepartment", directory.department(meeting.hostDepartmentCode()).map(Department::name)
        .orElse(meeting.hostDepartmentCode()));
    model.put("start", TIME.format(meeting.plannedStart()));
    model.put("end", endOf(meeting));
    model.put("place", meeting.place());
    model.put("content", meeting.content());
    model.put("participants", participantLines(participants));
    model.put("requirements", draft.requirements());
    model.put("preparations", draft.preparations());
    model.put("theme", Optional.ofNullable(draft.theme()).orElse(""));
    model.put("themeRequirements", Optional.ofNullable(draft.themeRequirements()).orElse(""));
    model.put("issuedOn", DAY.format(LocalDate.now(clock)));
    return templates.renderForType("notice", meeting.meetingType(), model);
  }

  private static String endOf(MeetingRecord meeting) {
    LocalDateTime start = meeting.plannedStart();
    LocalDateTime end = meeting.plannedEnd();
    return end.toLocalDate().equals(start.toLocalDate()) ? DateTimeFormatter.ofPattern("HH:mm").format(end)
        : TIME.format(end);
  }

  /** 王丽（政策法规处 科员）, 张三（市财政局）. */
  private List<String> participantLines(List<Participant> participants) {
    List<String> lines = new ArrayList<>();
    for (Participant participant : participants) {
      if (participant.isGuest()) {
        lines.add(participant.guestUnit() == null ? participant.guestName()
            : participant.guestName() + "（" + participant.guestUnit() + "）");
      } else {
        Optional<Person> person = directory.person(participant.personUserId());
        lines.add(person.map(p -> p.fullName() + "（" + units.unitOf(p)
            + (p.position() == null ? "" : " " + p.position()) + "）").orElse(participant.personUserId()));
      }
    }
    return lines;
  }
}
