package cn.gov.agency.meeting.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.audit.AuditTrail.MeetingTrail;
import cn.gov.agency.meeting.audit.AuditTrail.SearchPage;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.NewMeeting;
import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.support.ProcessTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 19: an audit search over years of meetings answers a page at a time, newest first, and
 * goes on where it stopped; a period is narrowed by the database to the meetings where something
 * happened then, without losing one.
 */
@ProcessTest
class AuditSearchPagingTest {

  @Autowired AuditTrail trail;
  @Autowired AuditSearchSettings settings;
  @Autowired MeetingRows meetings;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aSearchMatchingManyMeetingsAnswersPageByPageNewestFirstAndLosesNone() {
    String marker = "分页审计" + UUID.randomUUID().toString().substring(0, 8);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < settings.pageSize() + 3; i++) {
      ids.add(meeting(marker + "第" + i + "次").id());
    }
    List<Long> newestFirst = new ArrayList<>(ids);
    Collections.reverse(newestFirst);

    SearchPage first = trail.search(new TrailQuery(marker, null, null, null, null, null));
    assertThat(first.meetings()).extracting(MeetingTrail::meetingId)
        .containsExactlyElementsOf(newestFirst.subList(0, settings.pageSize()));
    assertThat(first.meetings()).allSatisfy(m -> assertThat(m.entries()).isNotEmpty());
    assertThat(first.nextBefore()).isEqualTo(newestFirst.get(settings.pageSize() - 1));

    SearchPage second = trail.search(new TrailQuery(marker, null, null, null, null, null, first.nextBefore()));
    assertThat(second.meetings()).extracting(MeetingTrail::meetingId)
        .containsExactlyElementsOf(newestFirst.subList(settings.pageSize(), newestFirst.size()));
    assertThat(second.nextBefore()).isNull();
  }

  @Test
  void aPeriodKeepsExactlyTheMeetingsWithALineInItWhateverTheirNumber() {
    String marker = "时段审计" + UUID.randomUUID().toString().substring(0, 8);
    LocalDate day = LocalDate.of(2052, 5, 5);
    MeetingRecord quiet = meeting(marker + "甲");
    MeetingRecord active = meeting(marker + "乙");
    MeetingRecord activeTheDayAfter = meeting(marker + "丙");
    event(active.id(), day.atTime(10, 0));
    event(activeTheDayAfter.id(), day.plusDays(1).atTime(0, 0));

    SearchPage thatDay = trail.search(new TrailQuery(marker, null, null, day, day, null));
    assertThat(thatDay.meetings()).extracting(MeetingTrail::meetingId).containsExactly(active.id());
    assertThat(thatDay.meetings().get(0).entries()).allSatisfy(e -> assertThat(e.at().toLocalDate()).isEqualTo(day));
    assertThat(thatDay.nextBefore()).isNull();

    SearchPage fromThatDay = trail.search(new TrailQuery(marker, null, null, day, null, null));
    assertThat(fromThatDay.meetings()).extracting(MeetingTrail::meetingId)
        .containsExactly(activeTheDayAfter.id(), active.id());
    assertThat(quiet.id()).isNotIn(fromThatDay.meetings().stream().map(MeetingTrail::meetingId).toList());
  }

  private MeetingRecord meeting(String title) {
    LocalDateTime start = LocalDateTime.of(2052, 6, 1, 9, 0);
    LocalDateTime filed = LocalDateTime.of(2052, 1, 10, 10, 0);
    MeetingRecord meeting = meetings.insertFiled(new NewMeeting("ADHOC", "work_deployment", title, "policy", start,
        start.plusHours(2), "待定", "审计分页", new BigDecimal("100.00"), List.of(Participant.person("wangli")),
        "zhouping"), filed);
    event(meeting.id(), filed);
    return meeting;
  }

  private void event(long meetingId, LocalDateTime at) {
    jdbc.update("insert into meeting_event (meeting_id, stage, action, actor_user_id, occurred_at)"
        + " values (?, 'lifecycle', 'NOTE', 'zhouping', ?)", meetingId, at);
  }
}
