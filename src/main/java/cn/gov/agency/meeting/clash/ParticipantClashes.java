package cn.gov.agency.meeting.clash;

import cn.gov.agency.meeting.clash.ClashRepository.Participation;
import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.security.CurrentUser;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * 参会人员冲突提醒: which of the people asked about already take part in a meeting overlapping the
 * period, so whoever applies for, approves or reschedules a meeting sees it first. Leaders come
 * first (those who lead a department, then by protocol rank). A confidential meeting (R5.2) is, to
 * an outsider of it (MeetingAccess) and to no viewer at all, only 占用: the person is taken then.
 */
@Service
public class ParticipantClashes {

  private final ClashRepository repository;
  private final Meetings meetings;
  private final MeetingAccess access;
  private final ViewerLookup viewers;

  ParticipantClashes(ClashRepository repository, Meetings meetings, MeetingAccess access,
      ViewerLookup viewers) {
    this.repository = repository;
    this.meetings = meetings;
    this.access = access;
    this.viewers = viewers;
  }

  /**
   * @param excludeMeetingId the meeting being rescheduled or approved, which does not clash with itself; may be null
   * @param viewerUserId who will read the answer; null reveals no confidential title
   */
  public List<ParticipantClash> clashes(LocalDateTime start, LocalDateTime end, Collection<String> userIds,
      Long excludeMeetingId, String viewerUserId) {
    if (userIds.isEmpty() || !end.isAfter(start)) {
      return List.of();
    }
    Optional<CurrentUser> viewer = viewers.viewer(viewerUserId);
    Map<Long, Boolean> entitled = new HashMap<>();
    Map<String, List<Participation>> byPerson = new LinkedHashMap<>();
    for (Participation p : repository.overlapping(start, end, userIds, excludeMeetingId)) {
      byPerson.computeIfAbsent(p.userId(), id -> new ArrayList<>()).add(p);
    }
    List<ParticipantClash> clashes = new ArrayList<>();
    for (List<Participation> participations : byPerson.values()) {
      Participation person = participations.get(0);
      List<OverlappingMeeting> overlapping = participations.stream()
          .map(p -> p.confidential() && !entitled.computeIfAbsent(p.meetingId(), id -> mayRead(viewer, id))
              ? OverlappingMeeting.hidden(p.start(), p.end())
              : new OverlappingMeeting(p.meetingId(), p.title(), p.start(), p.end(), false))
          .toList();
      clashes.add(new ParticipantClash(person.userId(), person.name(), person.leader(), overlapping));
    }
    Map<String, Integer> rank = new HashMap<>();
    byPerson.forEach((id, participations) -> rank.put(id, participations.get(0).rankOrder()));
    return clashes.stream().sorted(leadersFirst(rank)).toList();
  }

  /** Department leaders first, then by protocol rank (smaller is more senior), then by user id. */
  static Comparator<ParticipantClash> leadersFirst(Map<String, Integer> rankOrder) {
    return Comparator.comparing((ParticipantClash c) -> !c.leader())
        .thenComparingInt(c -> rankOrder.getOrDefault(c.userId(), Integer.MAX_VALUE))
        .thenComparing(ParticipantClash::userId);
  }

  private boolean mayRead(Optional<CurrentUser> viewer, long meetingId) {
    return viewer.isPresent() && meetings.find(meetingId).map(m -> !access.isOutsider(viewer.get(), m)).orElse(false);
  }
}
