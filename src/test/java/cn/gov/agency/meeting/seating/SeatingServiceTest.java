package cn.gov.agency.meeting.seating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.gov.agency.meeting.archive.ArchiveWriter;
import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingEvents.MeetingEvent;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.NewMeeting;
import cn.gov.agency.meeting.meeting.TrailLabels;
import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seat charts on the real tables with the demo organisation and the application's configured
 * convention (左为上 seen from the rostrum, so the drawn chart reads 右为上 from the audience's left).
 * Each test has its own meeting on its own day of 2046.
 */
@ProcessTest
class SeatingServiceTest {

  /** Everyone by rank: 赵强 1, 钱军 2, 孙红 3 (the leaders), 李明 10, 吴华 11, 冯刚 12, 褚伟 13, ... */
  private static final List<String> EVERYONE = List.of("chenjing", "wangli", "zhaoqiang", "liming", "fenggang",
      "sunhong", "wuhua", "zhouping", "qianjun", "chuwei", "jiangtao", "zhengyan");

  @Autowired SeatingService seating;
  @Autowired SeatingArchiveSection archiveSection;
  @Autowired MeetingRows meetings;
  @Autowired MeetingEvents events;
  @Autowired TrailLabels labels;

  @Test
  void byDefaultTheLeadersTakeTheRostrumAndTheAudienceSitsByDepartmentThenGuests() {
    MeetingRecord meeting = meeting(3, 5);

    SeatChart chart = seating.generate(meeting.id(), null, "liming");

    assertThat(chart.status()).isEqualTo(ChartStatus.DRAFT);
    assertThat(chart.rostrum()).extracting(Seat::name, Seat::protocolNumber)
        .containsExactly(tuple("孙红", 3), tuple("赵强", 1), tuple("钱军", 2));
    // Departments in the organisation's order, one row each, the most senior nearest the senior side
    // (the audience's right as drawn).
    assertThat(chart.audience()).extracting(row -> row.get(0).block()).containsExactly(
        "办公室", "财务处", "政策法规处", "综合业务处", "科技信息处", "来宾");
    assertThat(names(chart.audience().get(0))).containsExactly("周萍", "李明");
    assertThat(names(chart.audience().get(2))).containsExactly("王丽", "冯刚");
    assertThat(names(chart.audience().get(5))).containsExactly("张三");
    assertThat(chart.seats()).hasSize(EVERYONE.size() + 1);
    assertThat(events.of(meeting.id())).extracting(MeetingEvent::stage, MeetingEvent::action)
        .containsExactly(tuple("seating", "GENERATED"));
  }

  @Test
  void rostrumsOfOneTwoFiveAndSixFollowTheConvention() {
    MeetingRecord meeting = meeting(3, 6);

    assertThat(rostrum(meeting, "sunhong")).containsExactly("孙红");
    assertThat(rostrum(meeting, "sunhong", "qianjun")).containsExactly("孙红", "钱军");
    assertThat(rostrum(meeting, "wuhua", "liming", "sunhong", "qianjun", "zhaoqiang"))
        .containsExactly("吴华", "孙红", "赵强", "钱军", "李明");
    assertThat(rostrum(meeting, "wuhua", "liming", "sunhong", "qianjun", "zhaoqiang", "fenggang"))
        .containsExactly("冯刚", "李明", "钱军", "赵强", "孙红", "吴华");
    // Regenerating a draft replaces it: nobody sits twice.
    assertThat(seating.chart(meeting.id()).orElseThrow().seats()).extracting(Seat::attendeeId).doesNotHaveDuplicates()
        .hasSize(EVERYONE.size() + 1);
  }

  @Test
  void peopleOnLeaveAreNotSeatedAndTheirSubstituteIs() {
    MeetingRecord meeting = meeting(3, 7);
    Attendee wangli = meetings.attendees(meeting.id()).stream().filter(a -> "wangli".equals(a.personUserId()))
        .findFirst().orElseThrow();
    meetings.grantLeave(meeting.id(), wangli.id(), "hanmei");

    SeatChart chart = seating.generate(meeting.id(), null, "liming");

    assertThat(chart.seats()).extracting(Seat::name).doesNotContain("王丽").contains("韩梅");
  }

  @Test
  void theRostrumMustBeExpectedParticipantsAndNoMoreThanTheLongestRostrum() {
    MeetingRecord meeting = meeting(3, 8);

    assertThat(violation(() -> seating.generate(meeting.id(), List.of("zhaoqiang", "heqing"), "liming")))
        .extracting(Violation::field, Violation::rule).containsExactly("rostrum", "participant");
    MeetingRecord withoutLeaders = meetings.insertFiled(new NewMeeting("ADHOC", "work_deployment", "无领导参加的会",
        "policy", LocalDateTime.of(2046, 3, 9, 9, 0), LocalDateTime.of(2046, 3, 9, 11, 0), "第二会议室", "工作",
        new BigDecimal("0.00"), List.of(Participant.person("fenggang"), Participant.person("wangli")), "zhouping"),
        LocalDateTime.of(2046, 1, 5, 9, 0));
    assertThat(violation(() -> seating.generate(withoutLeaders.id(), null, "liming")))
        .extracting(Violation::field, Violation::rule).containsExactly("rostrum", "required");
    assertThat(seating.chart(meeting.id())).isEmpty();
  }

  @Test
  void theOfficeSwapsTwoSeatsThenFinalisesAndOnlyTheFinalChartIsArchived() {
    MeetingRecord meeting = meeting(3, 12);
    SeatChart draft = seating.generate(meeting.id(), null, "liming");
    assertThat(archived(meeting)).isEmpty();
    assertThat(archiveSection.appliesTo(meeting)).isFalse();
    Seat centre = draft.rostrum().get(1);
    Seat guest = draft.audience().get(5).get(0);

    SeatChart swapped = seating.swap(meeting.id(), centre.id(), guest.id(), "liming");

    assertThat(swapped.rostrum()).extracting(Seat::name, Seat::protocolNumber)
        .containsExactly(tuple("孙红", 3), tuple("张三", 1), tuple("钱军", 2));
    assertThat(names(swapped.audience().get(5))).containsExactly("赵强");
    assertThat(violation(() -> seating.swap(meeting.id(), centre.id(), centre.id(), "liming")))
        .extracting(Violation::field, Violation::rule).containsExactly("second", "distinct");
    assertThat(violation(() -> seating.swap(meeting.id(), centre.id(), 999_999L, "liming")))
        .extracting(Violation::field, Violation::rule).containsExactly("second", "seat");

    SeatChart last = seating.swap(meeting.id(), centre.id(), guest.id(), "liming");
    assertThat(last.rostrum().get(1).name()).isEqualTo("赵强");
    SeatChart finalChart = seating.finalise(meeting.id(), "liming");

    assertThat(finalChart.status()).isEqualTo(ChartStatus.FINAL);
    assertThat(finalChart.finalisedBy()).isEqualTo("李明");
    assertThat(violation(() -> seating.swap(meeting.id(), centre.id(), guest.id(), "liming")))
        .extracting(Violation::field, Violation::rule).containsExactly("seatChart", "final");
    assertThat(violation(() -> seating.generate(meeting.id(), null, "liming")))
        .extracting(Violation::field, Violation::rule).containsExactly("seatChart", "final");
    assertThat(events.of(meeting.id())).extracting(MeetingEvent::action)
        .containsExactly("GENERATED", "SWAPPED", "SWAPPED", "FINALISED");
    assertThat(events.of(meeting.id()).get(1).comment()).isEqualTo("主席台第2座（1号位） ⇄ 台下第6排第1座");
    for (MeetingEvent event : events.of(meeting.id())) {
      assertThat(labels.stage(event.stage())).isEqualTo("座次安排");
      assertThat(labels.action(event.stage(), event.action())).as("%s.%s", event.stage(), event.action())
          .isNotEqualTo(event.action());
    }

    assertThat(archiveSection.appliesTo(meeting)).isTrue();
    List<String[]> documents = archived(meeting);
    assertThat(documents).hasSize(1);
    String html = documents.get(0)[2];
    assertThat(documents.get(0)[0]).isEqualTo("seating.html");
    assertThat(html).contains("已定稿", "座次表", "@page", "Noto Serif CJK SC", "主 席 台");
    // The rostrum in drawn order, then one name card (two halves) per person.
    assertThat(html.indexOf(">孙红<")).isLessThan(html.indexOf(">赵强<"));
    assertThat(html.indexOf(">赵强<")).isLessThan(html.indexOf(">钱军<"));
    assertThat(html.split("class=\"card\"", -1)).hasSize(EVERYONE.size() + 2);
  }

  private List<String> rostrum(MeetingRecord meeting, String... userIds) {
    return names(seating.generate(meeting.id(), List.of(userIds), "liming").rostrum());
  }

  private static List<String> names(List<Seat> seats) {
    return seats.stream().map(Seat::name).toList();
  }

  private static Violation violation(Runnable action) {
    InvalidInputException e = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(action::run);
    assertThat(e).isNotNull();
    assertThat(e.violations()).hasSize(1);
    return e.violations().get(0);
  }

  /** What the archive section writes: {path, title, html} per document. */
  private List<String[]> archived(MeetingRecord meeting) {
    List<String[]> documents = new ArrayList<>();
    archiveSection.write(meeting, new ArchiveWriter() {
      @Override
      public void html(String path, String title, String html) {
        documents.add(new String[] {path, title, html});
      }

      @Override
      public void table(String path, String title, List<String> headers, List<List<String>> rows) {
        throw new AssertionError("the seat chart is a document, not a table");
      }

      @Override
      public void file(String path, String title, byte[] content) {
        throw new AssertionError("the seat chart is a document, not a file");
      }
    });
    return documents;
  }

  private MeetingRecord meeting(int month, int day) {
    LocalDateTime start = LocalDateTime.of(2046, month, day, 9, 0);
    List<Participant> participants = Stream.concat(EVERYONE.stream().map(Participant::person),
        Stream.of(Participant.guest("张三", "市财政局"))).toList();
    return meetings.insertFiled(new NewMeeting("ADHOC", "work_deployment", "全局工作部署会", "office", start,
        start.plusHours(2), "第一会议室", "部署全年工作", new BigDecimal("0.00"), participants, "zhouping"),
        LocalDateTime.of(2046, 1, 5, 9, 0));
  }
}
