package cn.gov.agency.meeting.hospitality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.engine.RejectedProcessInput;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/meeting-catering.bpmn (R3.6) as the office; the sample meeting has five participants
 * and the default allowance is two service staff, so at most seven diners.
 */
@ProcessTest
class CateringProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired MeetingRows meetings;
  @Autowired MeetingEvents events;
  @Autowired CateringService catering;

  AsUser as;
  MeetingRecord meeting;
  ProcessInstance pi;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    as = new AsUser(identityService);
    meeting = SampleMeetings.approvedMeeting(meetings);
    HospitalityBudget.approve(runtimeService, taskService, as, meeting, 700, 0);
    pi = runtimeService.startProcessInstanceByKey(HospitalityVariables.CATERING_PROCESS_KEY,
        MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting));
  }

  @Test
  void r6_1_cateringAboveBudgetLineIsRefused() {
    Map<String, Object> form = HospitalitySamples.cateringForm();
    form.put("cateringStandard", 50.5);
    // 50.50 × 7 × 2 = 707.00 above the approved 餐费 of 700.00; 637.00 fits (theOfficesArrangementIsRecorded).
    assertRefused(form, "用餐标准（cateringStandard）用餐费用 50.50 元 × 7 人 × 2 餐 = 707.00 元，超出已批准预算的餐费 700.00 元");
  }

  @Test
  void r6_1_cateringWaitsForApprovedBudget() {
    MeetingRecord unbudgeted = SampleMeetings.approvedMeeting(meetings);
    ProcessInstance waiting = runtimeService.startProcessInstanceByKey(HospitalityVariables.CATERING_PROCESS_KEY,
        MeetingKey.of(unbudgeted.id()), SampleMeetings.stageVariables(unbudgeted));
    assertThat(waiting).isWaitingAt("cateringWaitsForBudget");
    assertThat(catering.arrangementOf(unbudgeted.id())).isEmpty();

    HospitalityBudget.approve(runtimeService, taskService, as, unbudgeted, 700, 0);

    assertThat(waiting).isWaitingAt("arrangeCatering");
  }

  @Test
  void theOfficesArrangementIsRecorded() {
    assertThat(pi).isWaitingAt("arrangeCatering");
    assertThat(task()).hasCandidateGroup("office");

    complete("zhouping", HospitalitySamples.cateringForm());
    assertThat(pi).isEnded().hasPassed("cateringArranged");
    CateringArrangement arranged = catering.arrangementOf(meeting.id()).orElseThrow();
    assertThat(arranged.catererName()).isEqualTo("机关食堂");
    assertThat(arranged.standardPerPerson()).isEqualByComparingTo("45.50");
    assertThat(arranged.headCount()).isEqualTo(7);
    assertThat(arranged.mealCount()).isEqualTo(2);
    assertThat(arranged.agreementReference()).isEqualTo("CY-2026-001");
    assertThat(arranged.arrangedBy()).isEqualTo("zhouping");
    assertThat(arranged.estimatedCost()).isEqualByComparingTo("637.00");
    assertThat(events.of(meeting.id())).anySatisfy(e -> {
      assertThat(e.stage()).isEqualTo("catering");
      assertThat(e.actorUserId()).isEqualTo("zhouping");
    });
  }

  @Test
  void r3_6_aNamedPersonOfTheOrganisationIsInChargeOfCateringAndFoodSafety() {
    Map<String, Object> stranger = HospitalitySamples.cateringForm();
    stranger.put("cateringResponsible", "someone-else");
    assertRefused(stranger, "用餐负责人（含食品安全）（cateringResponsible）不是本单位在册人员的登录名");

    complete("zhouping", HospitalitySamples.cateringForm());
    assertThat(catering.arrangementOf(meeting.id()).orElseThrow().responsibleUserId()).isEqualTo("zhouping");
    assertThat(events.of(meeting.id())).filteredOn(e -> e.stage().equals("catering"))
        .anySatisfy(e -> assertThat(e.comment()).contains("用餐负责人（含食品安全）：周萍（zhouping）"));
  }

  @Test
  void aStandardOverTheCapIsRefused() {
    Map<String, Object> form = HospitalitySamples.cateringForm();
    form.put("cateringStandard", 100.01);
    assertRefused(form, "用餐标准（cateringStandard）超过规定上限 100 元/人/餐");
  }

  @Test
  void moreDinersThanParticipantsAndServiceStaffAreRefused() {
    Map<String, Object> form = HospitalitySamples.cateringForm();
    form.put("cateringHeadCount", 8);
    assertRefused(form, "用餐人数（cateringHeadCount）不能超过参会人数 5 加会务工作人员 2 人，即 7 人");
  }

  @Test
  void aCatererNotDesignatedIsRefused() {
    Map<String, Object> form = HospitalitySamples.cateringForm();
    form.put("caterer", "kfc");
    // Not an option of the form's select: the input contract refuses it before the caterer rules run.
    assertRefused(form, "定点餐饮单位（caterer）只能选择：");
  }

  private void assertRefused(Map<String, Object> form, String message) {
    assertThatThrownBy(() -> complete("zhouping", form)).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining(message);
    assertThat(pi).isWaitingAt("arrangeCatering");
    assertThat(catering.arrangementOf(meeting.id())).isEmpty();
  }

  private void complete(String user, Map<String, Object> variables) {
    String taskId = task().getId();
    as.run(user, () -> taskService.complete(taskId, variables));
  }

  private org.camunda.bpm.engine.task.Task task() {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }
}
