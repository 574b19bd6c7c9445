package cn.gov.agency.meeting.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Instances started while the business key was the bare meeting id are found again by every lookup
 * ({@link MeetingKey}) once the application has started: running and in history.
 */
@ProcessTest
class LegacyMeetingKeysTest {

  @Autowired LegacyMeetingKeys legacy;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired MeetingRows meetings;

  @Test
  void anInstanceKeyedByTheBareIdIsRekeyedAndOthersAreLeftAlone() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings);
    String old = runtimeService.startProcessInstanceByKey("meetingVenue", String.valueOf(meeting.id()),
        SampleMeetings.stageVariables(meeting)).getId();

    legacy.rekey();

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(old).singleResult().getBusinessKey())
        .isEqualTo(MeetingKey.of(meeting.id()));
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(old).singleResult()
        .getBusinessKey()).isEqualTo(MeetingKey.of(meeting.id()));
    legacy.rekey();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(MeetingKey.of(meeting.id()))
        .processDefinitionKey("meetingVenue").count()).as("a second start changes nothing").isEqualTo(1);
  }
}
