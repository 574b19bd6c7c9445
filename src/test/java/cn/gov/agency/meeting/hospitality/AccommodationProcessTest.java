package cn.gov.agency.meeting.hospitality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.engine.RejectedProcessInput;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/meeting-accommodation.bpmn (R3.7) for the sample meeting: 冯刚 (M), 王丽 (F), 钱军 (M),
 * 陈静 (F) as organisation.yaml records them, and the guest 张三 without a recorded gender.
 */
@ProcessTest
class AccommodationProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired MeetingRows meetings;
  @Autowired MeetingEvents events;
  @Autowired AccommodationService accommodation;

  AsUser as;
  MeetingRecord meeting;
  ProcessInstance pi;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    as = new AsUser(identityService);
    meeting = SampleMeetings.approvedMeeting(meetings);
    HospitalityBudget.approve(runtimeService, taskService, as, meeting, 0, 2100);
    pi = runtimeService.startProcessInstanceByKey(HospitalityVariables.ACCOMMODATION_PROCESS_KEY,
        MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting));
  }

  @Test
  void r6_1_accommodationWaitsForApprovedBudget() {
    MeetingRecord unbudgeted = SampleMeetings.approvedMeeting(meetings);
    ProcessInstance waiting = runtimeService.startProcessInstanceByKey(
        HospitalityVariables.ACCOMMODATION_PROCESS_KEY, MeetingKey.of(unbudgeted.id()),
        SampleMeetings.stageVariables(unbudgeted));
    assertThat(waiting).isWaitingAt("accommodationWaitsForBudget");
    assertThat(taskService.createTaskQuery().processInstanceId(waiting.getId()).count()).isZero();

    HospitalityBudget.approve(runtimeService, taskService, as, unbudgeted, 0, 1000);

    assertThat(waiting).isWaitingAt("arrangeAccommodation");
    // Three rooms (two shared by gender, the guest alone) × 2 nights × 350.00 = 2100.00 > 1000.00.
    String taskId = taskService.createTaskQuery().processInstanceId(waiting.getId()).singleResult().getId();
    assertThatThrownBy(() -> as.run("zhouping", () -> taskService.complete(taskId,
        HospitalitySamples.accommodationForm()))).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("住宿标准（roomStandard）住宿费用 3 间 × 2 晚 × 350.00 元 = 2100.00 元，超出已批准预算的住宿费 1000.00 元");
    assertThat(accommodation.arrangementOf(unbudgeted.id())).isEmpty();
  }

  @Test
  void roomsAreAllocatedByGenderFromTheParticipantsRecords() {
    assertThat(pi).isWaitingAt("arrangeAccommodation");
    assertThat(task()).hasCandidateGroup("office");

    complete("liming", HospitalitySamples.accommodationForm());
    assertThat(pi).isEnded().hasPassed("accommodationArranged");
    AccommodationArrangement arranged = accommodation.arrangementOf(meeting.id()).orElseThrow();
    assertThat(arranged.hotelName()).isEqualTo("市政府招待所");
    assertThat(arranged.hotelAgreementNumber()).isEqualTo("ZS-2026-001");
    assertThat(arranged.standardPerRoomNight()).isEqualByComparingTo("350");
    assertThat(arranged.nights()).isEqualTo(2);
    assertThat(arranged.rooms()).extracting(Room::roomNo, Room::gender, Room::toConfirm, AccommodationProcessTest::names)
        .containsExactly(
            tuple(1, "M", false, List.of("冯刚", "钱军")),
            tuple(2, "F", false, List.of("王丽", "陈静")),
            tuple(3, null, true, List.of("张三")));
    assertThat(arranged.rooms().get(0).occupants()).extracting(Lodger::unit).containsExactly("政策法规处", "办公室");
    assertThat(arranged.rooms().get(2).occupants().get(0).unit()).isEqualTo("市财政局");
    assertThat(events.of(meeting.id())).anySatisfy(e -> {
      assertThat(e.stage()).isEqualTo("accommodation");
      assertThat(e.action()).isEqualTo("ARRANGED");
      assertThat(e.actorUserId()).isEqualTo("liming");
    });
  }

  @Test
  void whoNeedsNoRoomIsLeftOutAndTheOddOneOutGetsASingleRoom() {
    Map<String, Object> form = HospitalitySamples.accommodationForm();
    form.put("excludedParticipants", "钱军");
    complete("zhouping", form);
    assertThat(accommodation.arrangementOf(meeting.id()).orElseThrow().rooms())
        .extracting(Room::gender, Room::roomTypeLabel, AccommodationProcessTest::names).containsExactly(
            tuple("M", "单间", List.of("冯刚")),
            tuple("F", "2人间", List.of("王丽", "陈静")),
            tuple(null, "单间", List.of("张三")));
  }

  @Test
  void r3_7_aNamedPersonOfTheOrganisationIsInChargeOfAccommodationAndItsSafety() {
    Map<String, Object> stranger = HospitalitySamples.accommodationForm();
    stranger.put("accommodationResponsible", "someone-else");
    assertThatThrownBy(() -> complete("zhouping", stranger)).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("住宿负责人（含住宿安全）（accommodationResponsible）不是本单位在册人员的登录名");
    assertThat(accommodation.arrangementOf(meeting.id())).isEmpty();

    complete("zhouping", HospitalitySamples.accommodationForm());
    assertThat(accommodation.arrangementOf(meeting.id()).orElseThrow().responsibleUserId()).isEqualTo("zhouping");
    assertThat(events.of(meeting.id())).filteredOn(e -> e.stage().equals("accommodation"))
        .anySatisfy(e -> assertThat(e.comment()).contains("住宿负责人（含住宿安全）：周萍（zhouping）"));
  }

  @Test
  void checkOutBeforeCheckInIsRefused() {
    Map<String, Object> form = HospitalitySamples.accommodationForm();
    form.put("checkIn", "2030-03-03T15:00");
    form.put("checkOut", "2030-03-03T12:00");
    assertThatThrownBy(() -> complete("zhouping", form)).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("退房时间（checkOut）必须晚于入住时间")
        .hasMessageContaining("退房时间（checkOut）必须晚于会议结束时间");
    assertThat(pi).isWaitingAt("arrangeAccommodation");
    assertThat(accommodation.arrangementOf(meeting.id())).isEmpty();
  }

  @Test
  void aStayThatDoesNotCoverTheMeetingOrAStrangerToExcludeIsRefused() {
    Map<String, Object> form = HospitalitySamples.accommodationForm();
    form.put("checkIn", "2030-03-04T10:00");
    form.put("roomStandard", 400.01);
    form.put("excludedParticipants", "王丽、赵强");
    assertThatThrownBy(() -> complete("zhouping", form)).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("入住时间（checkIn）必须早于会议开始时间")
        .hasMessageContaining("住宿标准（roomStandard）超过规定上限 400 元/间/晚")
        .hasMessageContaining("无需住宿的人员（excludedParticipants）第 2 位不是本次会议的参会人员")
        .hasMessageNotContaining("赵强");
    // A hotel the form does not offer: the input contract refuses it before the accommodation rules run.
    Map<String, Object> ritz = HospitalitySamples.accommodationForm();
    ritz.put("hotel", "ritz");
    assertThatThrownBy(() -> complete("zhouping", ritz)).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("hotel").hasMessageContaining("市政府招待所（guesthouse）");
    assertThat(accommodation.arrangementOf(meeting.id())).isEmpty();
  }

  private static List<String> names(Room room) {
    return room.occupants().stream().map(Lodger::name).toList();
  }

  private void complete(String user, Map<String, Object> variables) {
    String taskId = task().getId();
    as.run(user, () -> taskService.complete(taskId, variables));
  }

  private Task task() {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }
}
