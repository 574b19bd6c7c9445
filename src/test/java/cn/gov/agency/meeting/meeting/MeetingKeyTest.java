package cn.gov.agency.meeting.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The business key names the meeting as people read it, and the bare id of older instances still counts. */
class MeetingKeyTest {

  @Test
  void aMeetingsInstancesAreKeyedByItsNumberInWords() {
    assertThat(MeetingKey.of(12)).isEqualTo("会议12");
    assertThat(MeetingKey.meetingId("会议12")).contains(12L);
  }

  @Test
  void theBareIdOfInstancesStartedBeforeStillNamesTheMeeting() {
    assertThat(MeetingKey.meetingId("12")).contains(12L);
  }

  @Test
  void applicationsPlansAndStrangersNameNoMeeting() {
    assertThat(MeetingKey.meetingId("adhoc-3")).isEmpty();
    assertThat(MeetingKey.meetingId("plan-2026")).isEmpty();
    assertThat(MeetingKey.meetingId("会议")).isEmpty();
    assertThat(MeetingKey.meetingId("会议12 ")).isEmpty();
    assertThat(MeetingKey.meetingId(null)).isEmpty();
  }
}
