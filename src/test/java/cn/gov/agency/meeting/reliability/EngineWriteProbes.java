package cn.gov.agency.meeting.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every write of Camunda 7.24's {@code /engine-rest} a person could try against running work, their
 * own account or the engine's set-up, aimed at what one person may and may not work. The role table:
 * a person may claim a task they may work for themselves and change their own password — nothing else
 * here (comments too are administrators': the forms carry every remark the procedure needs);
 * administrators may do all of it.
 */
final class EngineWriteProbes {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BPMN_WITH_SCRIPT = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="hostile">
        <process id="hostileProcess" isExecutable="true">
          <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="script"/>
          <scriptTask id="script" scriptFormat="javascript"><script>java.lang.System.exit(1)</script></scriptTask>
          <sequenceFlow id="f2" sourceRef="script" targetRef="e"/><endEvent id="e"/>
        </process>
      </definitions>
      """;

  /** One request: which door, and whether the role table lets this person through it. */
  record Probe(String door, String method, String path, String contentType, byte[] body, boolean allowed) {
    String describe(String user) {
      return user + " " + method + " " + path + " [" + door + "]";
    }
  }

  /** What the probes aim at; {@code ownTask} may be null (the person may work no open task). */
  record Targets(String user, String userGroup, String otherUser, HostileWorld.OpenTask ownTask,
      HostileWorld.OpenTask otherTask, String otherTaskCandidateGroup, String job, String incident,
      String finishedInstance, String filter, String commentTaskId, String commentId, String victim,
      String victimGroup, List<String> systemJobs) {}

  private EngineWriteProbes() {}

  /** Everything refused for a person who is not an administrator: the whole catalogue but the allowed doors. */
  static List<Probe> refusedFor(Targets t) {
    List<Probe> probes = new ArrayList<>();
    if (t.ownTask() != null) {
      taskDoors(probes, "own task", t.ownTask(), t, true);
    }
    taskDoors(probes, "other's task", t.otherTask(), t, false);
    String instance = t.otherTask().processInstanceId();
    probes.add(json("update another's comment", "PUT", "/task/" + t.commentTaskId() + "/comment",
        Map.of("id", t.commentId(), "message", "改过的备注")));
    probes.add(json("delete another's comment", "DELETE", "/task/" + t.commentTaskId() + "/comment/" + t.commentId(),
        null));
    probes.add(json("set a process variable", "PUT", "/process-instance/" + instance + "/variables/hostDepartment",
        Map.of("value", "policy," + t.userGroup())));
    probes.add(json("modify process variables", "POST", "/process-instance/" + instance + "/variables",
        Map.of("modifications", Map.of("hostDepartment", Map.of("value", "policy," + t.userGroup())))));
    probes.add(json("remove a process variable", "DELETE", "/process-instance/" + instance + "/variables/meetingTitle",
        null));
    probes.add(json("move the token", "POST", "/process-instance/" + instance + "/modification",
        Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", t.otherTask().model().taskKey())))));
    probes.add(json("delete the instance", "DELETE", "/process-instance/" + instance, null));
    probes.add(json("suspend the instance", "PUT", "/process-instance/" + instance + "/suspended",
        Map.of("suspended", true)));
    probes.add(json("create an incident", "POST", "/execution/" + instance + "/create-incident",
        Map.of("incidentType", "hostile", "configuration", "x", "message", "x")));
    probes.add(json("signal an execution", "POST", "/execution/" + instance + "/signal", Map.of()));
    probes.add(json("correlate a message", "POST", "/message", Map.of("messageName", "meetingReminderCancelled",
        "all", true)));
    probes.add(json("throw a signal", "POST", "/signal", Map.of("name", "hostile")));
    probes.add(json("rename oneself", "PUT", "/user/" + t.user() + "/profile", profile(t.user())));
    probes.add(json("rename another", "PUT", "/user/" + t.victim() + "/profile", profile(t.victim())));
    probes.add(json("set another's password", "PUT", "/user/" + t.victim() + "/credentials",
        Map.of("password", "Hostile-2048!", "authenticatedUserPassword", "demo")));
    probes.add(json("delete a user", "DELETE", "/user/" + t.victim(), null));
    Map<String, Object> newUser = new LinkedHashMap<>();
    newUser.put("profile", profile("hostile" + t.user()));
    newUser.put("credentials", Map.of("password", "Hostile-2048!"));
    probes.add(json("create a user", "POST", "/user/create", newUser));
    probes.add(json("create a group", "POST", "/group/create", Map.of("id", "hostile" + t.user(), "name", "敌对组",
        "type", "WORKFLOW")));
    probes.add(json("join the administrators", "PUT", "/group/camunda-admin/members/" + t.user(), null));
    probes.add(json("remove another's membership", "DELETE", "/group/" + t.victimGroup() + "/members/" + t.victim(),
        null));
    probes.add(json("create a filter", "POST", "/filter/create", Map.of("resourceType", "Task", "name", "敌对过滤器",
        "owner", t.user(), "query", Map.of())));
    probes.add(json("change a filter", "PUT", "/filter/" + t.filter(), Map.of("resourceType", "Task", "name", "改名",
        "query", Map.of())));
    probes.add(json("delete a filter", "DELETE", "/filter/" + t.filter(), null));
    probes.add(json("grant oneself everything", "POST", "/authorization/create", Map.of("type", 1,
        "permissions", List.of("ALL"), "userId", t.user(), "resourceType", 7, "resourceId", "*")));
    probes.add(json("job retries", "PUT", "/job/" + t.job() + "/retries", Map.of("retries", 0)));
    probes.add(json("job due date", "PUT", "/job/" + t.job() + "/duedate",
        Map.of("duedate", "2030-01-01T00:00:00.000+0800")));
    probes.add(json("suspend a job", "PUT", "/job/" + t.job() + "/suspended", Map.of("suspended", true)));
    probes.add(json("run a job now", "POST", "/job/" + t.job() + "/execute", null));
    for (String job : t.systemJobs()) {
      probes.add(json("run a system job the person can list", "POST", "/job/" + job + "/execute", null));
    }
    probes.add(json("annotate an incident", "PUT", "/incident/" + t.incident() + "/annotation",
        Map.of("annotation", "已处理")));
    probes.add(json("resolve an incident", "DELETE", "/incident/" + t.incident(), null));
    probes.add(json("suspend a process definition", "PUT", "/process-definition/key/adhocMeetingApplication/suspended",
        Map.of("suspended", true, "includeProcessInstances", false)));
    probes.add(deployment());
    probes.add(json("delete history", "DELETE", "/history/process-instance/" + t.finishedInstance(), null));
    probes.add(json("create a standalone task", "POST", "/task/create", Map.of("id", "hostile" + t.user(),
        "name", "敌对任务", "assignee", t.user())));
    return probes;
  }

  /** What the role table lets every person do (on a task they may work, for themselves). */
  static List<Probe> allowedFor(Targets t) {
    List<Probe> probes = new ArrayList<>();
    if (t.ownTask() != null) {
      probes.add(json("claim own task for oneself", "POST", "/task/" + t.ownTask().taskId() + "/claim",
          Map.of("userId", t.user()), true));
    }
    probes.add(json("change own password", "PUT", "/user/" + t.user() + "/credentials",
        Map.of("password", "demo", "authenticatedUserPassword", "demo"), true));
    return probes;
  }

  private static void taskDoors(List<Probe> probes, String whose, HostileWorld.OpenTask target, Targets t,
      boolean mayWork) {
    String task = "/task/" + target.taskId();
    String injection = "policy," + t.userGroup();
    probes.add(json("set a task variable (" + whose + ")", "PUT", task + "/variables/hostDepartment",
        Map.of("value", injection)));
    probes.add(json("modify task variables (" + whose + ")", "POST", task + "/variables",
        Map.of("modifications", Map.of("hostDepartment", Map.of("value", injection)))));
    probes.add(json("remove a task variable (" + whose + ")", "DELETE", task + "/variables/meetingTitle", null));
    probes.add(json("set a local variable (" + whose + ")", "PUT", task + "/localVariables/hostDepartment",
        Map.of("value", injection)));
    probes.add(json("add a candidate (" + whose + ")", "POST", task + "/identity-links",
        Map.of("groupId", t.userGroup(), "type", "candidate")));
    if (!mayWork && t.otherTaskCandidateGroup() != null) {
      probes.add(json("remove a candidate (" + whose + ")", "POST", task + "/identity-links/delete",
          Map.of("groupId", t.otherTaskCandidateGroup(), "type", "candidate")));
    }
    probes.add(json("comment (" + whose + ")", "POST", task + "/comment/create", Map.of("message", "审计意见")));
    probes.add(attachment("attach a file (" + whose + ")", task + "/attachment/create"));
    probes.add(json("assign to oneself (" + whose + ")", "POST", task + "/assignee", Map.of("userId", t.user())));
    probes.add(json("delegate (" + whose + ")", "POST", task + "/delegate", Map.of("userId", t.otherUser())));
    probes.add(json("claim for another (" + whose + ")", "POST", task + "/claim", Map.of("userId", t.otherUser())));
    if (!mayWork) {
      probes.add(json("claim for oneself (" + whose + ")", "POST", task + "/claim", Map.of("userId", t.user())));
    }
    probes.add(json("rename the task (" + whose + ")", "PUT", task, Map.of("name", "改名的任务", "priority", 99)));
    probes.add(json("end with a BPMN error (" + whose + ")", "POST", task + "/bpmnError",
        Map.of("errorCode", "hostile")));
    probes.add(json("escalate (" + whose + ")", "POST", task + "/bpmnEscalation",
        Map.of("escalationCode", "hostile")));
    probes.add(json("delete the task (" + whose + ")", "DELETE", task, null));
  }

  private static Map<String, Object> profile(String id) {
    return Map.of("id", id, "firstName", "局长", "lastName", "赵", "email", id + "@evil.example");
  }

  private static Probe json(String door, String method, String path, Object body) {
    return json(door, method, path, body, false);
  }

  private static Probe json(String door, String method, String path, Object body, boolean allowed) {
    try {
      byte[] bytes = body == null ? new byte[0] : JSON.writeValueAsBytes(body);
      return new Probe(door, method, "/engine-rest" + path, "application/json", bytes, allowed);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Probe attachment(String door, String path) {
    Multipart body = new Multipart().field("attachment-name", "setup.exe").field("attachment-description", "更新")
        .field("attachment-type", "application/x-msdownload").file("content", "setup.exe", new byte[] {'M', 'Z', 1});
    return new Probe(door, "POST", "/engine-rest" + path, body.contentType(), body.bytes(), false);
  }

  private static Probe deployment() {
    Multipart body = new Multipart().field("deployment-name", "hostile").field("enable-duplicate-filtering", "false")
        .file("hostile.bpmn", "hostile.bpmn", BPMN_WITH_SCRIPT.getBytes(StandardCharsets.UTF_8));
    return new Probe("deploy a process with a script", "POST", "/engine-rest/deployment/create", body.contentType(),
        body.bytes(), false);
  }

  /** A multipart/form-data body. */
  private static final class Multipart {
    private final String boundary = "----hostile" + System.nanoTime();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Multipart field(String name, String value) {
      out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
          + "\r\n").getBytes(StandardCharsets.UTF_8));
      return this;
    }

    Multipart file(String name, String fileName, byte[] content) {
      out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
          + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.writeBytes(content);
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
      return this;
    }

    String contentType() {
      return "multipart/form-data; boundary=" + boundary;
    }

    byte[] bytes() {
      byte[] end = ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      all.writeBytes(out.toByteArray());
      all.writeBytes(end);
      return all.toByteArray();
    }
  }
}
