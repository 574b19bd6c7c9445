package cn.gov.agency.meeting.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.gov.agency.meeting.engine.RejectedProcessInput;
import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.process.LifecycleVariables;
import cn.gov.agency.meeting.materials.MaterialsService;
import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingEvents.MeetingEvent;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.StaffDuty;
import cn.gov.agency.meeting.meeting.TrailLabels;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import cn.gov.agency.meeting.support.SecuredMvc;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every path of processes/meeting-minutes.bpmn (R4.3, R2, R5.2), run as the demo users: 韩梅 records
 * (drafting through the project's API as the page does), 冯刚 as head of 政策法规处 reviews, 钱军 as its
 * leader in charge approves.
 */
@ProcessTest
class MinutesProcessTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RECORDER = "hanmei";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired MeetingRows meetings;
  @Autowired MeetingEvents events;
  @Autowired TrailLabels labels;
  @Autowired MinutesService minutes;
  @Autowired MaterialsService materials;
  @Autowired WebApplicationContext context;

  AsUser as;
  MockMvc mvc;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    as = new AsUser(identityService);
    mvc = SecuredMvc.of(context);
  }

  @Test
  void workDeploymentMinutesReviewedByTheHeadAndApprovedByTheLeaderAreFinal() throws Exception {
    MeetingRecord meeting = meeting("work_deployment", LocalDateTime.of(2041, 3, 4, 9, 0));
    List<Attendee> attendees = meetings.attendees(meeting.id());
    meetings.recordAttendance(attendees.get(0).id(), "PRESENT", LocalDateTime.of(2041, 3, 4, 8, 50));
    meetings.recordAttendance(attendees.get(1).id(), "LATE", LocalDateTime.of(2041, 3, 4, 9, 10));
    meetings.recordAttendance(attendees.get(2).id(), "ABSENT", null);
    ProcessInstance pi = start(meeting);
    assertThat(pi).isWaitingAt("recordMeeting");
    assertThat(task(pi)).isAssignedTo(RECORDER);
    assertThat(taskService.getVariable(task(pi).getId(), MinutesVariables.PAGE_URL).toString())
        .endsWith("/app/meetings/" + meeting.id() + "/minutes");

    saveDraft(meeting, RECORDER, workDeploymentDraft());
    // the draft is replaced whole: {} or a misspelt field would wipe it, so both are refused
    assertThat(status(put("/api/meetings/" + meeting.id() + "/minutes/draft"), RECORDER, Map.of())).isEqualTo(400);
    assertThat(status(put("/api/meetings/" + meeting.id() + "/minutes/draft"), RECORDER,
        Map.of("contents", "拼错的字段"))).isEqualTo(400);
    complete(pi, RECORDER, Map.of());
    assertThat(pi).isWaitingAt("headReviewMinutes");
    assertThat(task(pi)).hasCandidateGroup("head-policy");
    assertThat(status(put("/api/meetings/" + meeting.id() + "/minutes/draft"), RECORDER,
        workDeploymentDraft())).as("in review, the draft is closed").isEqualTo(403);

    review(pi, "fenggang", MinutesVariables.HEAD_DECISION, "approve", MinutesVariables.HEAD_COMMENT, "内容完整，同意");
    assertThat(pi).isWaitingAt("leaderApproveMinutes");
    assertThat(task(pi)).hasCandidateGroup("leader-policy");
    review(pi, "qianjun", MinutesVariables.LEADER_DECISION, "approve", MinutesVariables.LEADER_COMMENT, "同意印发");
    assertThat(pi).isEnded().hasPassed("minutesApproved");

    JsonNode approved = json(get("/api/meetings/" + meeting.id() + "/minutes"), "wangli");
    assertThat(approved.get("outputDocument").asText()).isEqualTo("会议纪要");
    assertThat(approved.get("version").get("versionNo").asInt()).isEqualTo(1);
    assertThat(approved.get("version").get("status").asText()).isEqualTo("APPROVED");
    JsonNode resolutions = approved.get("resolutions");
    assertThat(resolutions).hasSize(2);
    assertThat(resolutions.get(0).get("id").asLong()).isPositive();
    assertThat(resolutions.get(0).get("text").asText()).isEqualTo("制定政策解读工作方案");
    assertThat(resolutions.get(0).get("department").asText()).isEqualTo("policy");
    assertThat(resolutions.get(0).get("deadline").asText()).isEqualTo("2041-12-31");
    assertThat(resolutions.get(1).get("department").asText()).isEqualTo("business");
    assertThat(approved.get("version").get("attendees")).extracting(a -> a.get("name").asText(),
        a -> a.get("attendance").asText()).containsExactly(tuple("冯刚", "PRESENT"), tuple("王丽", "LATE"));

    String document = page("/app/meetings/" + meeting.id() + "/minutes/document", "qianjun");
    assertThat(document).contains("政策解读部署会会议纪要", "决议事项", "制定政策解读工作方案", "政策法规处",
        "2041年12月31日", "综合业务处", "冯刚", "王丽", "（迟到）", "记录人：韩梅");
    // the page's header names whoever reads it (钱军 here): the attendee list is what follows it
    assertThat(document.substring(document.indexOf("<main>"))).doesNotContain("钱军（");
    assertThat(status(put("/api/meetings/" + meeting.id() + "/minutes/draft"), RECORDER,
        workDeploymentDraft())).as("approved minutes are read-only").isEqualTo(403);
    assertThat(trail(meeting)).extracting(MeetingEvent::action, MeetingEvent::actorUserId).containsExactly(
        tuple("OPENED", "system"), tuple("SUBMITTED", RECORDER), tuple("HEAD_APPROVED", "fenggang"),
        tuple("LEADER_APPROVED", "qianjun"));
    trail(meeting).forEach(e -> assertThat(labels.action(e.stage(), e.action())).as(e.action())
        .isNotEqualTo(e.action()));
  }

  @Test
  void returnedByTheHeadTheRecorderSeesWhyAndTheRevisionIsANewVersion() throws Exception {
    MeetingRecord meeting = meeting("work_deployment", LocalDateTime.of(2041, 4, 8, 9, 0));
    ProcessInstance pi = start(meeting);
    saveDraft(meeting, RECORDER, workDeploymentDraft());
    complete(pi, RECORDER, Map.of());
    assertThatThrownBy(() -> review(pi, "fenggang", MinutesVariables.HEAD_DECISION, "return",
        MinutesVariables.HEAD_COMMENT, " ")).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("审核意见（minutesHeadComment）");
    review(pi, "fenggang", MinutesVariables.HEAD_DECISION, "return", MinutesVariables.HEAD_COMMENT,
        "第二项决议的时限过紧");
    assertThat(pi).isWaitingAt("recordMeeting");
    assertThat(task(pi)).isAssignedTo(RECORDER);
    assertThat(taskService.getVariables(task(pi).getId())).doesNotContainKeys(MinutesVariables.RETURN_COMMENT,
        MinutesVariables.HEAD_COMMENT);
    assertThat(page("/app/meetings/" + meeting.id() + "/minutes", RECORDER)).contains("第二项决议的时限过紧");
    JsonNode workspace = json(get("/api/meetings/" + meeting.id() + "/minutes/draft"), RECORDER);
    assertThat(workspace.get("editable").asBoolean()).isTrue();
    assertThat(workspace.get("returnComment").asText()).contains("第二项决议的时限过紧");

    Map<String, Object> revised = workDeploymentDraft();
    revised.put("resolutions", List.of(resolution("制定政策解读工作方案", "policy", "2041-05-30")));
    saveDraft(meeting, RECORDER, revised);
    complete(pi, RECORDER, Map.of());
    assertThat(pi).isWaitingAt("headReviewMinutes");
    assertThat(taskService.getVariable(task(pi).getId(), MinutesVariables.HEAD_DECISION))
        .as("the earlier round's decision does not prefill the new review").isNull();
    assertThat(taskService.getVariable(task(pi).getId(), MinutesVariables.VERSION_NO)).isEqualTo(2L);

    JsonNode versions = json(get("/api/meetings/" + meeting.id() + "/minutes/versions"), "fenggang");
    assertThat(versions).extracting(v -> v.get("versionNo").asInt(), v -> v.get("status").asText())
        .containsExactly(tuple(1, "RETURNED"), tuple(2, "SUBMITTED"));
    assertThat(versions.get(0).get("minutes").get("resolutions")).as("version 1 kept as submitted").hasSize(2);
    assertThat(versions.get(0).get("reviews").get(0).get("comment").asText()).isEqualTo("第二项决议的时限过紧");
    assertThat(versions.get(1).get("minutes").get("resolutions")).hasSize(1);
    assertThat(trail(meeting)).extracting(MeetingEvent::action)
        .containsExactly("OPENED", "SUBMITTED", "HEAD_RETURNED", "RESUBMITTED");
  }

  @Test
  void returnedByTheLeaderGoesBackToTheRecorderAndEveryVersionIsKept() throws Exception {
    MeetingRecord meeting = meeting("work_deployment", LocalDateTime.of(2041, 5, 6, 9, 0));
    ProcessInstance pi = start(meeting);
    saveDraft(meeting, RECORDER, workDeploymentDraft());
    complete(pi, RECORDER, Map.of());
    review(pi, "fenggang", MinutesVariables.HEAD_DECISION, "approve", MinutesVariables.HEAD_COMMENT, "同意");
    review(pi, "qianjun", MinutesVariables.LEADER_DECISION, "return", MinutesVariables.LEADER_COMMENT,
        "请补充讨论情况");
    assertThat(pi).isWaitingAt("recordMeeting");
    assertThat(taskService.getVariables(task(pi).getId())).doesNotContainKeys(MinutesVariables.RETURN_COMMENT,
        MinutesVariables.LEADER_COMMENT);
    assertThat(page("/app/meetings/" + meeting.id() + "/minutes", RECORDER)).contains("请补充讨论情况");
    assertThat(status(get("/api/meetings/" + meeting.id() + "/minutes"), "qianjun"))
        .as("nothing approved yet").isEqualTo(404);

    Map<String, Object> revised = workDeploymentDraft();
    revised.put("discussion", "与会人员就时间节点和分工进行了讨论。");
    saveDraft(meeting, RECORDER, revised);
    complete(pi, RECORDER, Map.of());
    assertThat(pi).as("a revision goes back to the head first").isWaitingAt("headReviewMinutes");
    review(pi, "fenggang", MinutesVariables.HEAD_DECISION, "approve", MinutesVariables.HEAD_COMMENT, "同意");
    review(pi, "qianjun", MinutesVariables.LEADER_DECISION, "approve", MinutesVariables.LEADER_COMMENT, "同意");
    assertThat(pi).isEnded();

    List<MinutesVersion> versions = minutes.versions(meeting.id());
    assertThat(versions).extracting(MinutesVersion::versionNo, MinutesVersion::status).containsExactly(
        tuple(1, VersionStatus.RETURNED), tuple(2, VersionStatus.APPROVED));
    assertThat(versions.get(0).minutes().discussion()).isNull();
    assertThat(versions.get(0).reviews()).extracting(MinutesVersion.Review::reviewer,
        MinutesVersion.Review::decision).containsExactly(tuple(MinutesReviewer.HEAD, MinutesDecision.APPROVE),
        tuple(MinutesReviewer.LEADER, MinutesDecision.RETURN));
    assertThat(minutes.approved(meeting.id()).orElseThrow().version().minutes().discussion())
        .isEqualTo("与会人员就时间节点和分工进行了讨论。");
  }

  @Test
  void businessSeminarReportHoldsResultsAndProposals() throws Exception {
    MeetingRecord meeting = meeting("business_seminar", LocalDateTime.of(2041, 6, 5, 14, 0));
    ProcessInstance pi = start(meeting);
    Map<String, Object> draft = common();
    draft.put("results", List.of(Map.of("text", "梳理出三类政策执行难点", "department", "")));
    draft.put("proposals", List.of(Map.of("text", "建立政策解读联络员制度", "department", "business")));
    approve(pi, meeting, draft);

    ApprovedMinutes approved = minutes.approved(meeting.id()).orElseThrow();
    assertThat(approved.outputDocument()).isEqualTo("研讨报告");
    assertThat(approved.version().minutes().results()).extracting(MinutesContent.Finding::text,
        MinutesContent.Finding::department).containsExactly(tuple("梳理出三类政策执行难点", null));
    assertThat(approved.version().minutes().proposals()).extracting(MinutesContent.Finding::department)
        .containsExactly("business");
    assertThat(page("/app/meetings/" + meeting.id() + "/minutes/document", "fenggang"))
        .contains("研讨报告", "研讨成果", "梳理出三类政策执行难点", "建立政策解读联络员制度", "建议由综合业务处研究落实");
  }

  @Test
  void experienceExchangeCompilationListsSpeakersAndTheExchangeMaterials() throws Exception {
    MeetingRecord meeting = meeting("experience_exchange", LocalDateTime.of(2041, 7, 3, 9, 0));
    materials.open(meeting.id(), "materials-of-" + meeting.id(), "system");
    materials.upload(meeting.id(), "exchange_materials", "基层经验交流材料.pdf",
        "%PDF-1.7\n% 交流材料\n%%EOF\n".getBytes(StandardCharsets.UTF_8), "wangli");
    ProcessInstance pi = start(meeting);
    Map<String, Object> draft = common();
    draft.put("speakers", List.of(Map.of("name", "张三", "unit", "市财政局", "topic", "预算绩效管理的做法"),
        Map.of("name", "王丽", "unit", "政策法规处", "topic", "政策解读进基层")));
    approve(pi, meeting, draft);

    ApprovedMinutes approved = minutes.approved(meeting.id()).orElseThrow();
    assertThat(approved.outputDocument()).isEqualTo("经验交流材料汇编");
    assertThat(approved.version().minutes().speakers()).extracting(MinutesContent.Speaker::name,
        MinutesContent.Speaker::topic).containsExactly(tuple("张三", "预算绩效管理的做法"), tuple("王丽", "政策解读进基层"));
    assertThat(approved.version().exchangeMaterials()).extracting(MinutesVersion.ExchangeMaterial::fileName)
        .containsExactly("基层经验交流材料.pdf");
    assertThat(page("/app/meetings/" + meeting.id() + "/minutes/document", "wangli"))
        .contains("经验交流材料汇编", "交流发言", "预算绩效管理的做法", "市财政局", "交流材料目录", "基层经验交流材料.pdf");
  }

  @Test
  void symposiumOpinionsNameWhoRaisedThemTheirCategoryAndWhoAnswers() throws Exception {
    MeetingRecord meeting = meeting("symposium", LocalDateTime.of(2041, 8, 7, 9, 0));
    ProcessInstance pi = start(meeting);
    Map<String, Object> draft = common();
    draft.put("opinions", List.of(Map.of("text", "简化企业办事材料", "raisedBy", "张三", "unit", "市财政局",
        "category", "服务保障", "department", "business")));
    approve(pi, meeting, draft);

    ApprovedMinutes approved = minutes.approved(meeting.id()).orElseThrow();
    assertThat(approved.outputDocument()).isEqualTo("意见建议及处理反馈");
    assertThat(approved.version().minutes().opinions()).extracting(MinutesContent.Opinion::raisedBy,
        MinutesContent.Opinion::unit, MinutesContent.Opinion::category, MinutesContent.Opinion::department)
        .containsExactly(tuple("张三", "市财政局", "服务保障", "business"));
    assertThat(page("/app/meetings/" + meeting.id() + "/minutes/document", "chenjing"))
        .contains("意见建议", "简化企业办事材料", "张三（市财政局）", "服务保障", "综合业务处");
  }

  @Test
  void anIncompleteDraftIsRefusedNamingTheRowAndFieldAndNothingIsSubmitted() throws Exception {
    MeetingRecord meeting = meeting("work_deployment", LocalDateTime.of(2041, 9, 4, 9, 0));
    ProcessInstance pi = start(meeting);
    String draftUrl = "/api/meetings/" + meeting.id() + "/minutes/draft";

    Map<String, Object> wrong = common();
    wrong.put("resolutions", List.of(resolution("落实分工", "nowhere", "2041-09-01")));
    MvcResult refused = as(put(draftUrl).contentType(MediaType.APPLICATION_JSON)
        .content(JSON.writeValueAsString(wrong)), RECORDER);
    assertThat(refused.getResponse().getStatus()).isEqualTo(400);
    assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("resolutions[0].department", "不是本机关的部门", "resolutions[0].deadline", "不能早于会议日期");

    saveDraft(meeting, RECORDER, common());
    assertThatThrownBy(() -> complete(pi, RECORDER, Map.of())).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("决议事项（resolutions）").hasMessageContaining("至少要有一条决议事项");

    Map<String, Object> missingDepartment = common();
    missingDepartment.put("resolutions", List.of(resolution("制定工作方案", "policy", "2041-09-30"),
        resolution("开展培训", "", "")));
    saveDraft(meeting, RECORDER, missingDepartment);
    assertThatThrownBy(() -> complete(pi, RECORDER, Map.of())).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("决议事项第 2 条 · 责任部门（resolutions[1].department）必须填写")
        .hasMessageContaining("决议事项第 2 条 · 完成时限（resolutions[1].deadline）必须填写");
    assertThat(pi).isWaitingAt("recordMeeting");
    assertThat(minutes.versions(meeting.id())).isEmpty();
  }

  @Test
  void theDraftIsEditedOnThePageWithRowsAddedAndRemoved() throws Exception {
    MeetingRecord meeting = meeting("work_deployment", LocalDateTime.of(2041, 9, 18, 9, 0));
    start(meeting);
    String pageUrl = "/app/meetings/" + meeting.id() + "/minutes";
    assertThat(page(pageUrl, RECORDER)).contains("起草纪要", "resolutions[0].text", "保存草稿");
    MvcResult saved = as(post(pageUrl).contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .param("startedAt", "2041-09-18T09:00").param("endedAt", "2041-09-18T11:00").param("place", "第一会议室")
        .param("content", "部署工作").param("resolutions[0].text", "甲事项").param("resolutions[0].department", "policy")
        .param("resolutions[0].deadline", "2041-10-01").param("resolutions[1].text", "乙事项")
        .param("resolutions[1].remove", "on").param("resolutions[2].text", ""), RECORDER);
    assertThat(saved.getResponse().getStatus()).isEqualTo(302);
    assertThat(minutes.workspace(meeting.id()).draft().minutes().resolutions())
        .extracting(MinutesContent.Resolution::text).containsExactly("甲事项");
    assertThat(page(pageUrl, RECORDER)).contains("甲事项", "resolutions[1].text");
    assertThat(page(pageUrl, "fenggang")).as("the head reads but does not edit").doesNotContain("保存草稿");
  }

  @Test
  void onlyTheRecorderCompletesTheRecordingAndEditsTheDraft() throws Exception {
    MeetingRecord meeting = meeting("work_deployment", LocalDateTime.of(2041, 10, 9, 9, 0));
    ProcessInstance pi = start(meeting);
    saveDraft(meeting, RECORDER, workDeploymentDraft());
    String taskId = task(pi).getId();
    assertThatThrownBy(() -> as.run("wangli", () -> taskService.complete(taskId)))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> as.run("fenggang", () -> taskService.complete(taskId)))
        .isInstanceOf(AuthorizationException.class);
    assertThat(status(put("/api/meetings/" + meeting.id() + "/minutes/draft"), "wangli", workDeploymentDraft()))
        .isEqualTo(403);
    assertThat(pi).isWaitingAt("recordMeeting");
    assertThat(minutes.versions(meeting.id())).isEmpty();
  }

  @Test
  void aConfidentialMeetingsMinutesAreRefusedToAnOutsiderEverywhere() throws Exception {
    MeetingRecord meeting = meeting("work_deployment", LocalDateTime.of(2041, 11, 6, 9, 0));
    meetings.updateConfidential(meeting.id(), true);
    ProcessInstance pi = start(meeting);
    Map<String, Object> draft = workDeploymentDraft();
    draft.put("content", "涉密内容：机构调整方案");
    saveDraft(meeting, RECORDER, draft);
    complete(pi, RECORDER, Map.of());
    review(pi, "fenggang", MinutesVariables.HEAD_DECISION, "approve", MinutesVariables.HEAD_COMMENT, "同意");
    review(pi, "qianjun", MinutesVariables.LEADER_DECISION, "approve", MinutesVariables.LEADER_COMMENT, "同意");

    String base = "/api/meetings/" + meeting.id() + "/minutes";
    for (String url : List.of(base, base + "/draft", base + "/versions")) {
      assertThat(status(get(url), "jiangtao")).as(url).isEqualTo(403);
      assertThat(status(get(url), "shenyu")).as("the auditor: " + url).isEqualTo(200);
      assertThat(status(get(url), "chenjing")).as("a participant: " + url).isEqualTo(200);
    }
    assertThat(pageStatus("/app/meetings/" + meeting.id() + "/minutes", "jiangtao")).isEqualTo(403);
    assertThat(pageStatus("/app/meetings/" + meeting.id() + "/minutes/document", "jiangtao")).isEqualTo(403);
    assertThat(pageStatus("/app/meetings/" + meeting.id() + "/minutes/document", RECORDER)).isEqualTo(200);

    // The engine holds no minutes text at all, so its REST API has nothing to leak to anyone.
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list())
        .allSatisfy(v -> assertThat(String.valueOf(v.getValue())).doesNotContain("机构调整方案", "制定政策解读工作方案"));
    assertThat(as.call("jiangtao", () -> historyService.createHistoricTaskInstanceQuery()
        .processInstanceId(pi.getId()).list())).isEmpty();
    assertThat(as.call("jiangtao", () -> historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).list())).isEmpty();
  }

  private MeetingRecord meeting(String type, LocalDateTime start) {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, type, start);
    meetings.nameStaff(meeting.id(), StaffDuty.RECORDER, List.of(RECORDER));
    return meeting;
  }

  private ProcessInstance start(MeetingRecord meeting) {
    Map<String, Object> variables = SampleMeetings.stageVariables(meeting);
    variables.put(LifecycleVariables.RECORDER, RECORDER);
    return runtimeService.startProcessInstanceByKey(MinutesVariables.PROCESS_KEY, MeetingKey.of(meeting.id()),
        variables);
  }

  private void approve(ProcessInstance pi, MeetingRecord meeting, Map<String, Object> draft) throws Exception {
    saveDraft(meeting, RECORDER, draft);
    complete(pi, RECORDER, Map.of());
    review(pi, "fenggang", MinutesVariables.HEAD_DECISION, "approve", MinutesVariables.HEAD_COMMENT, "同意");
    review(pi, "qianjun", MinutesVariables.LEADER_DECISION, "approve", MinutesVariables.LEADER_COMMENT, "同意");
    assertThat(pi).isEnded().hasPassed("minutesApproved");
  }

  private static Map<String, Object> common() {
    Map<String, Object> draft = new HashMap<>();
    draft.put("startedAt", "2041-01-01T09:00");
    draft.put("endedAt", "2041-01-01T11:30");
    draft.put("place", "第一会议室");
    draft.put("content", "传达上级精神，研究部署下一阶段工作。");
    return draft;
  }

  private static Map<String, Object> workDeploymentDraft() {
    Map<String, Object> draft = common();
    draft.put("resolutions", List.of(resolution("制定政策解读工作方案", "policy", "2041-12-31"),
        resolution("组织基层培训", "business", "2041-12-31")));
    return draft;
  }

  private static Map<String, String> resolution(String text, String department, String deadline) {
    return Map.of("text", text, "department", department, "deadline", deadline);
  }

  private void saveDraft(MeetingRecord meeting, String user, Map<String, Object> draft) throws Exception {
    MvcResult result = as(put("/api/meetings/" + meeting.id() + "/minutes/draft")
        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(draft)), user);
    assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo(200);
  }

  private void review(ProcessInstance pi, String user, String decisionField, String decision, String commentField,
      String comment) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(decisionField, decision);
    variables.put(commentField, comment);
    complete(pi, user, variables);
  }

  private void complete(ProcessInstance pi, String user, Map<String, Object> variables) {
    String taskId = task(pi).getId();
    as.run(user, () -> taskService.complete(taskId, variables));
  }

  private Task task(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  private List<MeetingEvent> trail(MeetingRecord meeting) {
    return events.of(meeting.id()).stream().filter(e -> e.stage().equals(MinutesVariables.STAGE)).toList();
  }

  private MvcResult as(MockHttpServletRequestBuilder request, String user) throws Exception {
    return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Basic "
        + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))).andReturn();
  }

  private int status(MockHttpServletRequestBuilder request, String user) throws Exception {
    return as(request, user).getResponse().getStatus();
  }

  private int status(MockHttpServletRequestBuilder request, String user, Map<String, Object> body) throws Exception {
    return status(request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)), user);
  }

  private JsonNode json(MockHttpServletRequestBuilder request, String user) throws Exception {
    MvcResult result = as(request, user);
    String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(result.getResponse().getStatus()).as(body).isEqualTo(200);
    return JSON.readTree(body);
  }

  private String page(String url, String user) throws Exception {
    MvcResult result = as(get(url).accept(MediaType.TEXT_HTML), user);
    String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(result.getResponse().getStatus()).as(body).isEqualTo(200);
    return body;
  }

  private int pageStatus(String url, String user) throws Exception {
    return as(get(url).accept(MediaType.TEXT_HTML), user).getResponse().getStatus();
  }
}
