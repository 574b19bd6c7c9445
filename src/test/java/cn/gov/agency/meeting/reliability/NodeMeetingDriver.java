package cn.gov.agency.meeting.reliability;

import cn.gov.agency.meeting.meeting.MeetingKey;
import static cn.gov.agency.meeting.support.EngineRest.variables;

import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleForms;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Drives meetings from the 临时会议申请 to 核实通知到位 over HTTP as the real roles: wangli applies,
 * qianjun approves, zhouping files, settles the preparation, books the room and checks its
 * equipment, drafts the notice (sent by the job
 * executor: in-app and e-mail), confirms the receipts by phone and closes the tracking.
 * <p>
 * Every step reads the committed state first (the database), so after a crash each meeting goes on
 * from where it is — never from where the driver thought it was. The driver keeps a ledger of what
 * a node answered as done (instances started, tasks completed): the checks afterwards verify that
 * none of it was lost.
 */
final class NodeMeetingDriver {

  /** Every meeting is on its own day: one room does for all. */
  private static final String ROOM = "R301";
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private final NodeDatabase database;
  private final String run;
  private final LocalDateTime firstDay;
  private final List<Meeting> meetings = new CopyOnWriteArrayList<>();
  private final Set<String> startedApplications = ConcurrentHashMap.newKeySet();
  private final Set<String> completedTasks = ConcurrentHashMap.newKeySet();
  private final List<String> unexpected = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> completionsByNode = new ConcurrentHashMap<>();
  private volatile boolean completionInFlight;

  /** Meetings titled "可靠性演练&lt;run&gt;-&lt;n&gt;", each on its own day from {@code firstDay}. */
  NodeMeetingDriver(NodeDatabase database, String run, LocalDateTime firstDay) {
    this.database = database;
    this.run = run;
    this.firstDay = firstDay;
  }

  /** {@code count} more meetings to drive. */
  synchronized void add(int count) {
    for (int i = 0; i < count; i++) {
      int n = meetings.size();
      meetings.add(new Meeting("可靠性演练" + run + "-" + (n + 1), firstDay.plusDays(n)));
    }
  }

  long openMeetings() {
    return meetings.stream().filter(m -> !m.done).count();
  }

  List<Meeting> meetings() {
    return meetings;
  }

  boolean allDone() {
    return meetings.stream().allMatch(m -> m.done);
  }

  /** One step of one meeting on this node; false when the meeting waits for the job executor or is done. */
  boolean advance(Meeting meeting, NodeProcess as) {
    if (meeting.done) {
      return false;
    }
    Optional<Map<String, Object>> application = database.jdbc().queryForList(
        "select process_instance_id, meeting_id from adhoc_application where title = ?", meeting.title).stream()
        .findFirst();
    if (application.isEmpty()) {
      submit(meeting, as);
      return true;
    }
    meeting.applicationId = (String) application.get().get("process_instance_id");
    Object meetingId = application.get().get("meeting_id");
    if (meetingId == null) {
      return completeOpen(as, openTasks("t.proc_inst_id_ = ?", meeting.applicationId));
    }
    meeting.meetingId = ((Number) meetingId).longValue();
    List<Map<String, Object>> open = openTasks("e.business_key_ = ?", MeetingKey.of(meeting.meetingId));
    if (completeOpen(as, open)) {
      return true;
    }
    if (database.count("""
        select count(*) from act_hi_taskinst t join act_hi_procinst p on p.proc_inst_id_ = t.proc_inst_id_
         where p.business_key_ = ? and t.task_def_key_ = 'trackReceipts' and t.delete_reason_ = 'completed'""",
        MeetingKey.of(meeting.meetingId)) > 0) {
      meeting.done = true;
    }
    return false;
  }

  private void submit(Meeting meeting, NodeProcess as) {
    Map<String, Object> form = SampleForms.adhocApplication();
    form.put("meetingTitle", meeting.title);
    form.put("plannedStart", MINUTE.format(meeting.start));
    form.put("plannedEnd", MINUTE.format(meeting.start.plusHours(2)));
    RestClient.Response response = as.as("wangli").post(
        "/engine-rest/process-definition/key/adhocMeetingApplication/submit-form", variables(form));
    if (response.status() == 200) {
      startedApplications.add(response.json().get("id").asText());
    } else {
      unexpected.add("submit " + meeting.title + ": " + response.status() + " " + response.body());
    }
  }

  /** Completes the first open task this driver knows; false when none of them is open. */
  private boolean completeOpen(NodeProcess as, List<Map<String, Object>> open) {
    for (Map<String, Object> task : open) {
      String id = (String) task.get("id_");
      String key = (String) task.get("task_def_key_");
      String businessKey = (String) task.get("business_key_");
      switch (key) {
        case "leaderApproval" -> complete(as, "qianjun", id, Map.of("leaderDecision", "approve"));
        case "officeFiling" -> complete(as, "zhouping", id, Map.of("filingNote", "已备案"));
        case "settlePreparation" -> complete(as, "zhouping", id, Map.of("important", false));
        case "bookVenue" -> complete(as, "zhouping", id, Map.of("roomCode", ROOM, "requiredEquipment", "[]",
            "setupNotes", "会场布置完毕"));
        case "checkEquipment" -> complete(as, "zhouping", id, Map.of("equipmentResponsible", "zhouping",
            "workingEquipment", "[]"));
        case "draftNotice" -> complete(as, "zhouping", id, Map.of("noticeRequirements", "请准时参会",
            "noticePreparations", "请准备发言"));
        case "trackReceipts" -> {
          confirmReceipts(as.as("zhouping"), String.valueOf(MeetingKey.meetingId(businessKey).orElseThrow()));
          complete(as, "zhouping", id, Map.of());
        }
        default -> {
          continue;
        }
      }
      return true;
    }
    return false;
  }

  private void confirmReceipts(RestClient office, String meetingId) {
    for (JsonNode receipt : office.get("/api/meetings/" + meetingId + "/notice/receipts").json()) {
      if (!receipt.get("confirmed").asBoolean()) {
        RestClient.Response confirmed = office.post("/api/meetings/" + meetingId + "/notice/receipts/"
            + receipt.get("key").asText() + "/confirm", Map.of("method", "PHONE", "note", "已电话通知"));
        if (confirmed.status() != 200) {
          unexpected.add("confirm " + meetingId + "/" + receipt.get("key").asText() + ": " + confirmed.status());
        }
      }
    }
  }

  private void complete(NodeProcess node, String userId, String taskId, Map<String, ?> values) {
    completionInFlight = true;
    try {
      RestClient.Response response = node.as(userId).post("/engine-rest/task/" + taskId + "/complete",
          variables(values));
      if (response.status() == 204) {
        completedTasks.add(taskId);
        completionsByNode.merge(node.name(), 1, Integer::sum);
      } else if (response.status() != 409 && database.count("select count(*) from act_ru_task where id_ = ?",
          taskId) > 0) {
        // 409: the step raced a timer or the other node, and is tried again; gone: completed already.
        unexpected.add("complete " + taskId + ": " + response.status() + " " + response.body());
      }
    } finally {
      completionInFlight = false;
    }
  }

  private List<Map<String, Object>> openTasks(String where, Object argument) {
    return database.jdbc().queryForList("""
        select t.id_, t.task_def_key_, e.business_key_ from act_ru_task t
          join act_ru_execution e on e.id_ = t.proc_inst_id_
         where\s""" + where + " order by t.create_time_", argument);
  }

  boolean completionInFlight() {
    return completionInFlight;
  }

  Set<String> startedApplications() {
    return startedApplications;
  }

  Set<String> completedTasks() {
    return completedTasks;
  }

  Map<String, Integer> completionsByNode() {
    return completionsByNode;
  }

  List<String> unexpected() {
    return unexpected;
  }

  static final class Meeting {
    final String title;
    final LocalDateTime start;
    volatile String applicationId;
    volatile Long meetingId;
    volatile boolean done;

    Meeting(String title, LocalDateTime start) {
      this.title = title;
      this.start = start;
    }
  }
}
