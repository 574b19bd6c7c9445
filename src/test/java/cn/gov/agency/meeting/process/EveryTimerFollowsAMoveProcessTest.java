package cn.gov.agency.meeting.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.lifecycle.MeetingRescheduling;
import cn.gov.agency.meeting.lifecycle.RescheduleInput;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.support.SampleMeetings;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.venue.BookingInput;
import cn.gov.agency.meeting.venue.VenueService;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue 21: every timer and task due date of processes/ that is counted from the meeting's times
 * follows a move, found by reading the models (a stage added later is covered without a line here).
 * Each one is started waiting at its element, the meeting is moved a week, and the timer's or
 * task's due date must be the schedule's new answer. And no timer or due date reads a copied time.
 */
@ProcessTest
class EveryTimerFollowsAMoveProcessTest {

  /**
   * {@code ${meetingSchedule.noticeDue(meetingId)}} or a stage's own schedule such as
   * {@code ${equipmentCheckSchedule.opensAt(meetingId)}}: the bean and method the element reads.
   */
  private static final Pattern READS_SCHEDULE = Pattern.compile("\\$\\{\\s*(\\w+)\\.(\\w+)\\(meetingId\\)\\s*}");
  /** The copies of the meeting's times the processes used to hold. */
  private static final List<String> COPIED_TIMES = List.of("meetingStart", "meetingEnd", "noticeDeadline",
      "noticeEscalationAt", "materialsDeadline", "materialsEscalationAt", "signInClosesAt", "signInOpensAt");

  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired MeetingRows meetings;
  @Autowired ApplicationContext beans;
  @Autowired VenueService venue;
  @Autowired MeetingRescheduling rescheduling;

  /** A timer or due date of a model: its process, the element to wait at, and its expression. */
  record Waiting(String file, String processKey, String waitAt, String elementId, boolean timer, String expression) {}

  @Test
  void everyTimerAndDueDateCountedFromTheMeetingFollowsAMove() throws Exception {
    List<Waiting> schedule = waitingElements().stream().filter(w -> READS_SCHEDULE.matcher(w.expression()).matches())
        .toList();
    assertThat(schedule).as("the models' timers and due dates that read the meeting's schedule")
        .extracting(Waiting::elementId)
        .contains("signInClosed", "noticeDeadlineNear", "materialsDueSoon", "materialsDeadlinePassed", "draftNotice",
            "prepareMaterials", "equipmentCheckDue", "checkEquipment", "assignMeetingStaff",
            "reminderTimeReached");

    for (Waiting waiting : schedule) {
      LocalDateTime start = LocalDateTime.of(2051, 9, 4, 9, 0);
      MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "business_seminar", start);
      // A stage after the venue (会前设备检查) reads the booked room; one room, released after each.
      venue.book(meeting.id(), new BookingInput("R302", List.of(), ""), "zhouping");
      String instance = runtimeService.createProcessInstanceByKey(waiting.processKey())
          .businessKey(MeetingKey.of(meeting.id())).setVariables(SampleMeetings.stageVariables(meeting))
          .startBeforeActivity(waiting.waitAt()).execute().getId();
      Date before = dueOf(waiting, instance);
      assertThat(before).as("%s waits as the schedule says", waiting).isEqualTo(answer(waiting, meeting.id()));

      rescheduling.reschedule(meeting.id(), new RescheduleInput("2051-09-11T09:00", "2051-09-11T11:30", "顺延一周"),
          "wangli");

      assertThat(dueOf(waiting, instance)).as("%s follows the move", waiting)
          .isEqualTo(answer(waiting, meeting.id())).isNotEqualTo(before);
      runtimeService.deleteProcessInstance(instance, "test done");
      venue.release(meeting.id(), "zhouping");
    }
  }

  @Test
  void noTimerOrDueDateReadsACopyOfTheMeetingsTimes() throws Exception {
    // A variable, not the schedule's method of that name.
    assertThat(waitingElements()).isNotEmpty().allSatisfy(w -> assertThat(COPIED_TIMES)
        .as("%s", w).noneMatch(copy -> w.expression().matches(".*(?<![.\\w])" + copy + "\\b.*")));
  }

  private Date dueOf(Waiting waiting, String instance) {
    if (waiting.timer()) {
      return managementService.createJobQuery().processInstanceId(instance).activityId(waiting.elementId())
          .singleResult().getDuedate();
    }
    return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(waiting.elementId())
        .singleResult().getDueDate();
  }

  private Date answer(Waiting waiting, long meetingId) throws Exception {
    Matcher reads = READS_SCHEDULE.matcher(waiting.expression());
    assertThat(reads.matches()).isTrue();
    Object bean = beans.getBean(reads.group(1));
    Method method = bean.getClass().getMethod(reads.group(2), long.class);
    return (Date) method.invoke(bean, meetingId);
  }

  /** Every timer and every user task's due date of processes/*.bpmn, from the models. */
  static List<Waiting> waitingElements() throws IOException {
    List<Waiting> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
          FlowNode event = (FlowNode) timer.getParentElement();
          String waitAt = event instanceof BoundaryEvent boundary ? boundary.getAttachedTo().getId() : event.getId();
          String expression = Stream.of(timer.getTimeDate(), timer.getTimeDuration(), timer.getTimeCycle())
              .filter(e -> e != null).map(e -> e.getTextContent().strip()).findFirst().orElse("");
          found.add(new Waiting(file.getFileName().toString(), processOf(event), waitAt, event.getId(), true,
              expression));
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          if (task.getCamundaDueDate() != null) {
            found.add(new Waiting(file.getFileName().toString(), processOf(task), task.getId(), task.getId(), false,
                task.getCamundaDueDate().strip()));
          }
        }
      }
    }
    return found;
  }

  private static String processOf(ModelElementInstance element) {
    ModelElementInstance scope = element.getParentElement();
    while (!(scope instanceof Process)) {
      scope = scope.getParentElement();
    }
    return ((Process) scope).getId();
  }
}
