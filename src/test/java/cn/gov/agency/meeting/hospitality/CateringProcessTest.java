package cn.gov.agency.meeting.hospitality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.engine.RejectedProcessInput;
import cn.gov.agency.meeting.meeting.MeetingEvents;
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
    pi = runtimeService.startProcessInstanceByKey(HospitalityVariables.CATERING_PROCESS_KEY,
        String.valueOf(meeting.id()), SampleMeetings.stageVariables(meeting));
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
