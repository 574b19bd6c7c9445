package cn.gov.agency.meeting.meeting;

import cn.gov.agency.meeting.engine.ApplicationAuthority;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Where a meeting's preparation and the steps after it stand, for its page: per stage whether it
 * has started, is running or is done, the open step, who has it and by when. Read from the engine
 * (the stage processes carry the meeting's id as business key) with the application's authority:
 * the page shows it only to those MeetingAccess lets read the meeting's trail.
 */
@Component
public class MeetingStages {

  /** A stage: its process, its name on the page, its page (relative to the meeting's). */
  record Stage(String processKey, String name, String page) {}

  private static final List<Stage> STAGES = List.of(
      new Stage("meetingVenue", "会议场地", "rooms"),
      new Stage("meetingNotice", "会议通知", "notice"),
      new Stage("meetingMaterials", "会议材料", "materials"),
      new Stage("meetingBudget", "经费预算", "budget"),
      new Stage("meetingCatering", "会议用餐", "catering"),
      new Stage("meetingAccommodation", "会议住宿", "accommodation"),
      new Stage("meetingSignIn", "会议签到", "sign-in-sheet"),
      new Stage("meetingMinutes", "会议纪要", "minutes"),
      new Stage("meetingReimbursement", "经费报销", "reimbursement"),
      new Stage("meetingAftercare", "归档与补充归档", "archive"));

  private final HistoryService history;
  private final TaskService tasks;
  private final IdentityService identity;
  private final OrganisationDirectory directory;
  private final ApplicationAuthority authority;
  private final ZoneId zone;

  MeetingStages(HistoryService history, TaskService tasks, IdentityService identity, OrganisationDirectory directory,
      ApplicationAuthority authority, Clock clock) {
    this.history = history;
    this.tasks = tasks;
    this.identity = identity;
    this.directory = directory;
    this.authority = authority;
    this.zone = clock.getZone();
  }

  /** One stage's row. {@code state} 未开始 / 进行中 / 已完成; {@code steps} its open tasks. */
  public record StageState(String name, String href, String state, LocalDateTime finishedAt, List<OpenStep> steps) {}

  /** An open task: what, who has it (a person, or the roles it is offered to), due by when, late or not. */
  public record OpenStep(String name, String holder, LocalDateTime due, boolean late) {}

  /** Stages the meeting does not need (no catering, no accommodation) are left out. */
  public List<StageState> of(MeetingRecord meeting, LocalDateTime now) {
    return authority.call(() -> read(meeting, now));
  }

  private List<StageState> read(MeetingRecord meeting, LocalDateTime now) {
    String key = MeetingKey.of(meeting.id());
    Map<String, HistoricProcessInstance> latest = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(key).list().stream()
        .collect(Collectors.toMap(HistoricProcessInstance::getProcessDefinitionKey, Function.identity(),
            (a, b) -> a.getStartTime().after(b.getStartTime()) ? a : b));
    Map<String, String> names = directory.people().stream().collect(Collectors.toMap(Person::userId, Person::fullName));
    List<StageState> rows = new ArrayList<>();
    for (Stage stage : STAGES) {
      if (stage.processKey().equals("meetingCatering") && !meeting.needsCatering()
          || stage.processKey().equals("meetingAccommodation") && !meeting.needsAccommodation()) {
        continue;
      }
      String href = "/app/meetings/" + meeting.id() + "/" + stage.page();
      HistoricProcessInstance instance = latest.get(stage.processKey());
      if (instance == null) {
        rows.add(new StageState(stage.name(), href, "未开始", null, List.of()));
      } else if (instance.getEndTime() != null) {
        rows.add(new StageState(stage.name(), href, "已完成", time(instance.getEndTime()), List.of()));
      } else {
        List<OpenStep> steps = tasks.createTaskQuery().processInstanceId(instance.getId()).list().stream()
            .sorted(Comparator.comparing(Task::getCreateTime))
            .map(task -> step(task, names, now)).toList();
        rows.add(new StageState(stage.name(), href, "进行中", null, steps));
      }
    }
    return rows;
  }

  private OpenStep step(Task task, Map<String, String> names, LocalDateTime now) {
    String holder;
    if (task.getAssignee() != null) {
      holder = names.getOrDefault(task.getAssignee(), task.getAssignee());
    } else {
      List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
          .map(link -> link.getGroupId() != null ? groupName(link.getGroupId())
              : names.getOrDefault(link.getUserId(), link.getUserId()))
          .toList();
      holder = groups.isEmpty() ? "—" : String.join("、", groups) + "（待认领）";
    }
    LocalDateTime due = time(task.getDueDate());
    return new OpenStep(task.getName(), holder, due, due != null && due.isBefore(now));
  }

  private String groupName(String groupId) {
    Group group = identity.createGroupQuery().groupId(groupId).singleResult();
    return group == null || group.getName() == null ? groupId : group.getName();
  }

  private LocalDateTime time(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), zone);
  }
}
