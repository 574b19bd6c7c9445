package cn.gov.agency.meeting.opinions;

import cn.gov.agency.meeting.bulletin.BulletinDelivery;
import cn.gov.agency.meeting.bulletin.BulletinService;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.TrailLabels;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import java.util.List;
import org.springframework.stereotype.Component;

/** Opinions as people read them: with the trail's names and labels and how the answer was delivered. */
@Component
class OpinionQueries {

  /** One opinion with its steps and the deliveries of its feedback. */
  record OpinionView(SymposiumOpinion opinion, String statusLabel, String raiserName, List<OpinionStep> trail,
      List<BulletinDelivery> feedback) {}

  private final OpinionRepository repository;
  private final OrganisationDirectory directory;
  private final TrailLabels labels;
  private final BulletinService bulletins;
  private final Meetings meetings;

  OpinionQueries(OpinionRepository repository, OrganisationDirectory directory, TrailLabels labels,
      BulletinService bulletins, Meetings meetings) {
    this.meetings = meetings;
    this.repository = repository;
    this.directory = directory;
    this.labels = labels;
    this.bulletins = bulletins;
  }

  MeetingRecord meeting(long meetingId) {
    return meetings.find(meetingId).orElseThrow(() -> new NoSuchRecordException("meeting " + meetingId));
  }

  List<OpinionView> ofMeeting(long meetingId) {
    return repository.ofMeeting(meetingId).stream().map(this::view).toList();
  }

  OpinionView view(SymposiumOpinion opinion) {
    return new OpinionView(opinion, opinion.statusLabel(),
        opinion.raiserUserId() == null ? null : nameOf(opinion.raiserUserId()), trail(opinion),
        opinion.bulletinId() == null ? List.of() : bulletins.deliveries(opinion.bulletinId()));
  }

  List<OpinionStep> trail(SymposiumOpinion opinion) {
    return repository.steps(opinion.id()).stream().map(s -> new OpinionStep(s.opinionId(), s.action(),
        labels.action(OpinionVariables.STAGE, s.action()), s.actorUserId(), nameOf(s.actorUserId()), s.text(),
        s.occurredAt())).toList();
  }

  private String nameOf(String userId) {
    return directory.person(userId).map(Person::fullName).orElse("system".equals(userId) ? "系统" : userId);
  }
}
