package cn.gov.agency.meeting.followup;

import cn.gov.agency.meeting.followup.ResolutionAppraisal.DepartmentFigures;
import cn.gov.agency.meeting.followup.ResolutionAppraisal.PersonFigures;
import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.TrailLabels;
import cn.gov.agency.meeting.organisation.Department;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.springframework.stereotype.Component;

/** Follow-ups as people read them: with names, Chinese step labels, and the appraisal figures. */
@Component
class FollowUpQueries {

  private final FollowUpRepository repository;
  private final Meetings meetings;
  private final OrganisationDirectory directory;
  private final TrailLabels labels;
  private final MeetingAccess access;

  FollowUpQueries(FollowUpRepository repository, Meetings meetings, OrganisationDirectory directory,
      TrailLabels labels, MeetingAccess access) {
    this.access = access;
    this.repository = repository;
    this.meetings = meetings;
    this.directory = directory;
    this.labels = labels;
  }

  MeetingRecord meeting(long meetingId) {
    return meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("meeting " + meetingId));
  }

  /**
   * A responsible department carries out a confidential meeting's resolution without being entitled
   * to the meeting (R5.2): it reads the resolution, and the meeting named as MeetingAccess lets it.
   */
  FollowUpView view(MeetingRecord meeting, FollowUp followUp, CurrentUser reader) {
    return new FollowUpView(meeting.id(), access.titleFor(reader, meeting), followUp, followUp.statusLabel(),
        trail(followUp));
  }

  List<FollowUpStep> trail(FollowUp followUp) {
    return repository.steps(followUp.id()).stream().map(s -> new FollowUpStep(s.id(), s.followUpId(), s.action(),
        labels.action(FollowUpVariables.STAGE, s.action()), s.actorUserId(), nameOf(s.actorUserId()),
        s.actorDepartment() == null ? null : directory.department(s.actorDepartment())
            .map(Department::name).orElse(s.actorDepartment()),
        s.progress(), s.text(), s.evidence(), s.quality(), s.effect(), s.occurredAt())).toList();
  }

  /** The year's resolutions the predicate lets the reader see, counted per department and per 承办人. */
  ResolutionAppraisal appraisal(int year, CurrentUser reader, BiPredicate<MeetingRecord, FollowUp> visible) {
    Map<Long, MeetingRecord> meetingsById = new LinkedHashMap<>();
    Map<String, int[]> byDepartment = new LinkedHashMap<>();
    Map<List<String>, int[]> byPerson = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    List<FollowUpView> views = new ArrayList<>();
    for (FollowUp followUp : repository.dueIn(year)) {
      MeetingRecord meeting = meetingsById.computeIfAbsent(followUp.meetingId(), this::meeting);
      if (!visible.test(meeting, followUp)) {
        continue;
      }
      views.add(view(meeting, followUp, reader));
      names.put(followUp.departmentCode(), followUp.departmentName());
      count(byDepartment.computeIfAbsent(followUp.departmentCode(), k -> new int[5]), followUp);
      count(byPerson.computeIfAbsent(Arrays.asList(followUp.departmentCode(), followUp.responsibleUserId()),
          k -> new int[5]), followUp);
    }
    List<DepartmentFigures> departments = byDepartment.entrySet().stream().map(e -> new DepartmentFigures(e.getKey(),
        names.get(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4]))
        .toList();
    List<PersonFigures> persons = byPerson.entrySet().stream().map(e -> {
      String department = e.getKey().get(0);
      String userId = e.getKey().get(1);
      int[] c = e.getValue();
      return new PersonFigures(userId, userId == null ? "（尚无承办人）" : nameOf(userId), department,
          names.get(department), c[0], c[1], c[2], c[3], c[4]);
    }).toList();
    return new ResolutionAppraisal(year, departments, persons, views);
  }

  /** on time, late, not done, open, of which overdue. */
  private static void count(int[] c, FollowUp followUp) {
    if (followUp.outcome() == null) {
      c[3]++;
      if (followUp.overdue()) {
        c[4]++;
      }
    } else {
      c[switch (followUp.outcome()) {
        case ON_TIME -> 0;
        case LATE -> 1;
        case NOT_DONE -> 2;
      }]++;
    }
  }

  private String nameOf(String userId) {
    return directory.person(userId).map(Person::fullName).orElse("system".equals(userId) ? "系统" : userId);
  }
}
