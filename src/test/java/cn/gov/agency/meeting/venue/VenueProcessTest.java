package cn.gov.agency.meeting.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.engine.RejectedProcessInput;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.NewMeeting;
import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
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
 * Every path of processes/meeting-venue.bpmn and processes/meeting-equipment-check.bpmn, started as
 * 会议筹备 starts them, the tasks completed
 * by the demo users as Tasklist does (checklists arrive as the JSON text of an array). Each test
 * books on its own day: all process tests share one database.
 */
@ProcessTest
class VenueProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired MeetingRows meetings;
  @Autowired MeetingEvents events;
  @Autowired VenueService venue;

  AsUser as;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    as = new AsUser(identityService);
  }

  @Test
  void theOfficeBooksARoomAndChecksTheEquipmentBeforeTheMeeting() {
    MeetingRecord meeting = meeting(LocalDateTime.of(2042, 3, 4, 9, 0));
    ProcessInstance pi = start(meeting);
    assertThat(pi).isWaitingAt("bookVenue");
    assertThat(task(pi)).hasCandidateGroup("office");
    assertThat(taskService.getVariable(task(pi).getId(), "venueSummary")).isEqualTo("2042-03-04 09:00—11:30，参会 5 人");
    assertThat(taskService.getVariable(task(pi).getId(), "freeRoomsPage"))
        .isEqualTo("/app/meetings/" + meeting.id() + "/rooms");

    complete(pi, "zhouping", booking("R302", "[\"projector\",\"microphones\"]"));
    assertThat(pi).as("the venue stage ends once the room is booked").isEnded().hasPassed("venueReady");
    assertThat(meetings.find(meeting.id()).orElseThrow().place()).isEqualTo("三楼第二会议室");

    ProcessInstance checkPi = startCheck(meeting);
    // 2042-03-04 is a Tuesday: by default the check opens at 15:00 on the working day before.
    assertThat(checkPi).isWaitingAt("equipmentCheckDue");
    assertThat(managementService.createJobQuery().processInstanceId(checkPi.getId()).timers().singleResult()
        .getDuedate()).isEqualTo(SampleMeetings.date(LocalDateTime.of(2042, 3, 3, 15, 0)));
    openCheck(checkPi);
    Task check = task(checkPi);
    assertThat(check).hasCandidateGroup("office");
    assertThat(check.getDueDate()).isEqualTo(SampleMeetings.date(meeting.plannedStart()));
    assertThat(taskService.getVariable(check.getId(), "bookedRoom")).isEqualTo("R302 三楼第二会议室");
    assertThat(taskService.getVariable(check.getId(), "requiredEquipmentNames")).isEqualTo("投影仪、话筒");

    complete(checkPi, "liming", equipmentCheck("hanmei", "[\"projector\",\"microphones\",\"tables_chairs\"]"));
    assertThat(checkPi).isEnded().hasPassed("recordEquipmentCheck", "equipmentChecked");
    VenueArrangement arrangement = venue.arrangement(meeting.id());
    assertThat(arrangement.setupNotes()).isEqualTo("主席台摆放桌签，会场后排留出记者席");
    assertThat(arrangement.equipmentResponsible()).isEqualTo("hanmei");
    assertThat(arrangement.equipmentCheckedBy()).isEqualTo("liming");
    assertThat(events.of(meeting.id())).extracting(MeetingEvents.MeetingEvent::stage).containsOnly("venue");
    assertThat(events.of(meeting.id())).extracting(MeetingEvents.MeetingEvent::action, MeetingEvents.MeetingEvent::actorUserId)
        .containsExactly(tuple("room-booked", "zhouping"),
            tuple("equipment-checked", "liming"));
  }

  @Test
  void onlyTheOfficeBooks() {
    ProcessInstance pi = start(meeting(LocalDateTime.of(2042, 4, 8, 9, 0)));
    String taskId = task(pi).getId();
    assertThatThrownBy(() -> as.run("wangli", () -> taskService.complete(taskId, booking("R302", ""))))
        .isInstanceOf(AuthorizationException.class);
    assertThat(pi).isWaitingAt("bookVenue");
  }

  @Test
  void aRoomBookedForAnOverlappingTimeIsRefusedAndTheTaskStaysOpen() {
    MeetingRecord first = meeting(LocalDateTime.of(2042, 5, 6, 9, 0));
    MeetingRecord second = meeting(LocalDateTime.of(2042, 5, 6, 11, 0));
    ProcessInstance firstPi = start(first);
    ProcessInstance secondPi = start(second);
    complete(firstPi, "zhouping", booking("R601", ""));
    String taskId = task(secondPi).getId();

    assertThatThrownBy(() -> complete(secondPi, "zhouping", booking("R601", "")))
        .isInstanceOf(RoomTakenInput.class).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("roomCode")
        .hasMessageContaining("会议室 R601 在该时段已被预订（2042-05-06 09:00—11:30 " + first.title() + "）");
    assertThat(secondPi).isWaitingAt("bookVenue");
    assertThat(task(secondPi).getId()).isEqualTo(taskId);
    assertThat(meetings.find(second.id()).orElseThrow().place()).isEqualTo("待定");

    complete(secondPi, "zhouping", booking("R501", ""));
    assertThat(secondPi).isEnded();
    assertThat(venue.bookings(LocalDate.of(2042, 5, 6), LocalDate.of(2042, 5, 6)))
        .extracting(RoomBooking::roomCode).containsExactlyInAnyOrder("R601", "R501");
  }

  @Test
  void aRoomThatCannotHoldEveryoneIsRefused() {
    MeetingRecord meeting = meetings.insertFiled(new NewMeeting("ADHOC",
        "work_deployment", "全体干部大会", "policy", LocalDateTime.of(2042, 6, 10, 9, 0),
        LocalDateTime.of(2042, 6, 10, 11, 0), "待定", "部署", BigDecimal.ZERO,
        IntStream.rangeClosed(1, 9)
            .mapToObj(i -> Participant.guest("代表" + i, "基层单位")).toList(),
        "zhouping"), LocalDateTime.of(2042, 1, 5, 9, 0));
    ProcessInstance pi = start(meeting);
    assertThatThrownBy(() -> complete(pi, "zhouping", booking("R205", "")))
        .isInstanceOf(RejectedProcessInput.class).isNotInstanceOf(RoomTakenInput.class)
        .hasMessageContaining("roomCode").hasMessageContaining("会议室 R205 最多容纳 8 人，本次会议有 9 人参会");
    assertThat(pi).isWaitingAt("bookVenue");
    assertThat(venue.bookings(LocalDate.of(2042, 6, 10), LocalDate.of(2042, 6, 10))).isEmpty();
  }

  @Test
  void anUnknownRoomOrOneWithoutTheRequiredEquipmentIsRefused() {
    ProcessInstance pi = start(meeting(LocalDateTime.of(2042, 7, 1, 9, 0)));
    assertThatThrownBy(() -> complete(pi, "zhouping", booking("R999", "")))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("不是在用的会议室编号");
    assertThatThrownBy(() -> complete(pi, "zhouping", booking("R301", "[\"projector\",\"video_conference\"]")))
        .isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("requiredEquipment").hasMessageContaining("会议室 R301 没有：视频会议");
    // Not an option of the form's checklist: the input contract refuses it before the room rules run.
    assertThatThrownBy(() -> complete(pi, "zhouping", booking("R301", "[\"hologram\"]")))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("所需设备（requiredEquipment）只能选择：");
    Map<String, Object> noNotes = booking("R301", "");
    noNotes.put("setupNotes", " ");
    assertThatThrownBy(() -> complete(pi, "zhouping", noNotes))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("setupNotes");
    assertThat(pi).isWaitingAt("bookVenue");
  }

  @Test
  void anUnknownResponsiblePersonOrAnUncheckedDeviceIsRefused() {
    MeetingRecord meeting = meeting(LocalDateTime.of(2042, 8, 5, 9, 0));
    ProcessInstance pi = start(meeting);
    complete(pi, "zhouping", booking("R302", "[\"projector\",\"microphones\"]"));
    ProcessInstance checkPi = startCheck(meeting);
    openCheck(checkPi);
    String taskId = task(checkPi).getId();

    assertThatThrownBy(() -> complete(checkPi, "zhouping", equipmentCheck("nobody", "[\"projector\",\"microphones\"]")))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("equipmentResponsible")
        .hasMessageContaining("不是本单位在册人员的登录名");
    assertThatThrownBy(() -> complete(checkPi, "zhouping", equipmentCheck("zhouping", "[\"projector\"]")))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("workingEquipment")
        .hasMessageContaining("话筒");
    assertThat(checkPi).isWaitingAt("checkEquipment");
    assertThat(task(checkPi).getId()).isEqualTo(taskId);
    assertThat(venue.arrangement(meeting.id()).equipmentResponsible()).isNull();
  }

  @Test
  void aRoomNeedingApprovalIsHeldProvisionallyUntilTheOfficeApproves() {
    MeetingRecord meeting = meeting(LocalDateTime.of(2042, 9, 2, 9, 0));
    MeetingRecord other = meeting(LocalDateTime.of(2042, 9, 2, 10, 0));
    ProcessInstance pi = start(meeting);
    ProcessInstance otherPi = start(other);

    complete(pi, "zhouping", booking("R701", "[\"microphones\"]"));
    assertThat(pi).isWaitingAt("approveRoomBooking");
    assertThat(task(pi)).hasCandidateGroup("office");
    assertThat(venue.bookings(LocalDate.of(2042, 9, 2), LocalDate.of(2042, 9, 2))).singleElement()
        .satisfies(b -> assertThat(b.provisional()).isTrue());
    assertThat(meetings.find(meeting.id()).orElseThrow().place()).isEqualTo("待定");
    assertThatThrownBy(() -> complete(otherPi, "zhouping", booking("R701", "")))
        .isInstanceOf(RoomTakenInput.class).hasMessageContaining("会议室 R701 在该时段已被预订");

    complete(pi, "liming", Map.of("roomApproval", "approve"));
    assertThat(pi).isEnded().hasPassed("recordRoomApproval", "venueReady");
    assertThat(venue.bookings(LocalDate.of(2042, 9, 2), LocalDate.of(2042, 9, 2))).singleElement()
        .satisfies(b -> assertThat(b.provisional()).isFalse());
    assertThat(meetings.find(meeting.id()).orElseThrow().place()).isEqualTo("七楼贵宾接待室");
    assertThat(events.of(meeting.id())).extracting(MeetingEvents.MeetingEvent::action, MeetingEvents.MeetingEvent::actorUserId)
        .containsExactly(tuple("room-booked-provisionally", "zhouping"), tuple("room-booking-approved", "liming"));
  }

  @Test
  void aRefusedBookingNeedsAReasonReleasesTheRoomAndGoesBackToBooking() {
    MeetingRecord meeting = meeting(LocalDateTime.of(2042, 9, 3, 9, 0));
    ProcessInstance pi = start(meeting);
    complete(pi, "zhouping", booking("R701", ""));

    assertThatThrownBy(() -> complete(pi, "liming", Map.of("roomApproval", "refuse")))
        .isInstanceOf(RejectedProcessInput.class).hasMessageContaining("roomApprovalComment")
        .hasMessageContaining("不同意时须写明理由");
    assertThat(pi).isWaitingAt("approveRoomBooking");

    complete(pi, "liming", Map.of("roomApproval", "refuse", "roomApprovalComment", "当日接待外宾"));
    assertThat(pi).isWaitingAt("bookVenue");
    assertThat(taskService.getVariable(task(pi).getId(), "roomRefusal"))
        .isEqualTo("R701 七楼贵宾接待室 未获批准（理由见会议页面的办理经过）");
    assertThat(events.of(meeting.id())).extracting(MeetingEvents.MeetingEvent::comment)
        .contains("R701 七楼贵宾接待室：当日接待外宾");
    assertThat(venue.bookings(LocalDate.of(2042, 9, 3), LocalDate.of(2042, 9, 3))).isEmpty();
    assertThat(venue.freeRooms(meeting.plannedStart(), meeting.plannedEnd(), 5, java.util.List.of()))
        .extracting(Room::code).contains("R701");

    complete(pi, "zhouping", booking("R302", ""));
    assertThat(pi).isEnded();
    assertThat(meetings.find(meeting.id()).orElseThrow().place()).isEqualTo("三楼第二会议室");
  }

  @Test
  void aRoomOutOfServiceIsRefusedNamingThePeriod() {
    // R601 is out of service 2026-12-21 08:00 to 2026-12-26 00:00 in processes/rooms.yaml.
    ProcessInstance pi = start(meeting(LocalDateTime.of(2026, 12, 22, 9, 0)));
    assertThatThrownBy(() -> complete(pi, "zhouping", booking("R601", "")))
        .isInstanceOf(RejectedProcessInput.class).isNotInstanceOf(RoomTakenInput.class)
        .hasMessageContaining("roomCode")
        .hasMessageContaining("会议室 R601 在 2026-12-21 08:00—2026-12-26 00:00（音响系统改造） 停用");
    assertThat(pi).isWaitingAt("bookVenue");
  }

  private MeetingRecord meeting(LocalDateTime start) {
    return SampleMeetings.approvedMeeting(meetings, "work_deployment", start);
  }

  private ProcessInstance start(MeetingRecord meeting) {
    return runtimeService.startProcessInstanceByKey(VenueVariables.PROCESS_KEY, MeetingKey.of(meeting.id()),
        SampleMeetings.stageVariables(meeting));
  }

  private ProcessInstance startCheck(MeetingRecord meeting) {
    return runtimeService.startProcessInstanceByKey(VenueVariables.EQUIPMENT_CHECK_PROCESS_KEY,
        MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting));
  }

  /** Fires the check's timer as the job executor would when the lead time before the meeting is reached. */
  private void openCheck(ProcessInstance checkPi) {
    managementService.executeJob(managementService.createJobQuery().processInstanceId(checkPi.getId()).timers()
        .singleResult().getId());
  }

  private static Map<String, Object> booking(String roomCode, String equipment) {
    Map<String, Object> form = new HashMap<>();
    form.put("roomCode", roomCode);
    form.put("requiredEquipment", equipment);
    form.put("setupNotes", "主席台摆放桌签，会场后排留出记者席");
    return form;
  }

  private static Map<String, Object> equipmentCheck(String responsible, String working) {
    Map<String, Object> form = new HashMap<>();
    form.put("equipmentResponsible", responsible);
    form.put("workingEquipment", working);
    form.put("equipmentRemarks", "备用话筒已备好");
    return form;
  }

  private void complete(ProcessInstance pi, String user, Map<String, Object> variables) {
    String taskId = task(pi).getId();
    as.run(user, () -> taskService.complete(taskId, variables));
  }

  private Task task(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

}
