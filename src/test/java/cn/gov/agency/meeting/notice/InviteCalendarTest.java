package cn.gov.agency.meeting.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class InviteCalendarTest {

  @Test
  void textIsEscapedAndLongLinesFoldedWithoutSplittingCharacters() {
    String description = "议题：预算; 人员, 分工\\备注\n第二行" + "很长的说明".repeat(30);
    String calendar = InviteCalendar.write(new InviteCalendar.Invite("meeting-7@agency.example",
        LocalDateTime.of(2030, 3, 4, 9, 0), LocalDateTime.of(2030, 3, 4, 11, 30), "政策解读部署会",
        "三楼会议室, A座", description, "政策法规处", "meeting@agency.example", "张\"三\"", "zs@agency.example",
        Instant.parse("2030-01-01T00:00:00Z")));

    for (String physical : calendar.split("\r\n")) {
      assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
      assertThat(new String(physical.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).doesNotContain("\uFFFD");
    }
    List<String> lines = NoticeMailTest.unfold(calendar);
    assertThat(lines).contains("LOCATION:三楼会议室\\, A座", "DTSTAMP:20300101T000000Z",
        "DESCRIPTION:议题：预算\\; 人员\\, 分工\\\\备注\\n第二行" + "很长的说明".repeat(30));
    assertThat(lines).anyMatch(l -> l.startsWith("ATTENDEE;CN=\"张三\";"));
    assertThat(calendar).endsWith("END:VCALENDAR\r\n");
  }
}
