package cn.gov.agency.meeting.minutes;

import cn.gov.agency.meeting.meeting.MeetingKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.engine.RejectedProcessInput;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.StaffDuty;
import cn.gov.agency.meeting.meetingtype.MeetingTypeCatalogue;
import cn.gov.agency.meeting.notice.NoticeService;
import cn.gov.agency.meeting.notice.NoticeVariables;
import cn.gov.agency.meeting.process.LifecycleVariables;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.SampleMeetings;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * R1.1: an administrator adds a meeting type — 专题会 — without Java. The application runs on a
 * copy of the administrator's folders with only what the how-to asks for: the type's entry in
 * meeting-types.yaml (its notice field, its minutes sections and required rows and fields), its row
 * in meeting-lead-times.dmn, its field in forms/notice-draft.form, and its notice and minutes
 * templates in processes/templates/. The notice and the minutes of a 专题会 then follow that
 * configuration, checked by the server, and render through the new templates.
 */
@SpringBootTest
@ActiveProfiles("processtest")
class NewMeetingTypeByConfigurationTest {

  private static final String TYPE = "special_topic";
  private static final String RECORDER = "hanmei";
  private static final Path ADMIN = adminFolders();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:mem:meeting-new-type-test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
    registry.add("meeting.admin-folder.processes", () -> ADMIN.resolve("processes").toString());
    registry.add("meeting.admin-folder.forms", () -> ADMIN.resolve("forms").toString());
  }

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired MeetingRows meetings;
  @Autowired MeetingTypeCatalogue types;
  @Autowired NoticeService notices;
  @Autowired MinutesService minutes;
  @Autowired MinutesDocuments documents;

  AsUser as;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    as = new AsUser(identityService);
  }

  @Test
  void r1_1_aTypeAddedByConfigurationAndTemplatesHasItsNoticeAndMinutesWithoutCode() {
    assertThat(types.find(TYPE)).hasValueSatisfying(type -> assertThat(type.name()).isEqualTo("专题会"));
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, TYPE, LocalDateTime.of(2043, 6, 2, 9, 0));
    meetings.nameStaff(meeting.id(), StaffDuty.RECORDER, List.of(RECORDER));

    ProcessInstance notice = runtimeService.startProcessInstanceByKey(NoticeVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting));
    assertThat(notice).isWaitingAt("draftNotice");
    Map<String, Object> draft = new HashMap<>();
    draft.put(NoticeVariables.REQUIREMENTS, "请准时参会");
    draft.put(NoticeVariables.PREPARATIONS, "请牵头部门准备专题汇报");
    assertThatThrownBy(() -> complete(notice, "zhouping", draft)).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("topicName").hasMessageContaining("专题名称");
    draft.put("topicName", "x".repeat(101));
    assertThatThrownBy(() -> complete(notice, "zhouping", draft)).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("topicName").hasMessageContaining("100");
    draft.put("topicName", "老旧小区改造资金统筹");
    complete(notice, "zhouping", draft);
    long noticeId = (Long) runtimeService.getVariable(notice.getId(), NoticeVariables.NOTICE_ID);
    assertThat(notices.document(noticeId)).contains("专题名称", "老旧小区改造资金统筹", "1. 专题汇报",
        "请牵头部门提前准备专题汇报材料");

    Map<String, Object> variables = SampleMeetings.stageVariables(meeting);
    variables.put(LifecycleVariables.RECORDER, RECORDER);
    ProcessInstance record = runtimeService.startProcessInstanceByKey(MinutesVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), variables);
    assertThat(record).isWaitingAt("recordMeeting");
    assertThat(minutes.workspace(meeting.id()).outputDocument()).isEqualTo("专题会议纪要");

    Map<String, Object> content = new HashMap<>();
    content.put("startedAt", "2043-06-02T09:00");
    content.put("endedAt", "2043-06-02T11:00");
    content.put("place", "第二会议室");
    content.put("content", "研究老旧小区改造资金统筹问题。");
    minutes.saveDraft(meeting.id(), content, RECORDER);
    assertThatThrownBy(() -> complete(record, RECORDER, Map.of())).isInstanceOf(RejectedProcessInput.class)
        .hasMessageContaining("discussion").hasMessageContaining("专题会议纪要至少要有一条议定事项");
    assertThat(record).isWaitingAt("recordMeeting");

    content.put("discussion", "与会部门一致认为应统筹使用各渠道资金。\n财务处提出分年度安排。");
    content.put("results", List.of(Map.of("text", "统筹中央和地方资金")));
    content.put("resolutions", List.of(Map.of("text", "制定资金统筹方案", "department", "finance",
        "deadline", "2043-07-31")));
    minutes.saveDraft(meeting.id(), content, RECORDER);
    complete(record, RECORDER, Map.of());
    complete(record, "fenggang", Map.of(MinutesVariables.HEAD_DECISION, "approve",
        MinutesVariables.HEAD_COMMENT, "同意"));
    complete(record, "qianjun", Map.of(MinutesVariables.LEADER_DECISION, "approve",
        MinutesVariables.LEADER_COMMENT, "同意印发"));
    assertThat(record).isEnded();

    ApprovedMinutes approved = minutes.approved(meeting.id()).orElseThrow();
    assertThat(approved.outputDocument()).isEqualTo("专题会议纪要");
    assertThat(documents.render(meeting, approved.outputDocument(), approved.version())).contains(
        "研究讨论情况", "财务处提出分年度安排", "研究意见", "统筹中央和地方资金", "议定事项", "制定资金统筹方案");
  }

  private void complete(ProcessInstance pi, String user, Map<String, Object> variables) {
    String taskId = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
    as.run(user, () -> taskService.complete(taskId, variables));
  }

  /**
   * A copy of processes/ and forms/ with the administrator's edits for 专题会, as the how-to in
   * processes/meeting-types.yaml asks for them.
   */
  private static Path adminFolders() {
    try {
      Path root = Files.createTempDirectory("new-meeting-type");
      Path processes = root.resolve("processes");
      Path forms = root.resolve("forms");
      copy(Path.of("processes"), processes);
      copy(Path.of("forms"), forms);
      Path given = Path.of("src/test/resources/new-meeting-type");
      Files.copy(given.resolve("meeting-types.yaml"), processes.resolve("meeting-types.yaml"),
          StandardCopyOption.REPLACE_EXISTING);
      copy(given.resolve("templates"), processes.resolve("templates"));
      Path dmn = processes.resolve("meeting-lead-times.dmn");
      Files.writeString(dmn, Files.readString(dmn).replace("    </decisionTable>", """
                <rule id="ruleSpecialTopic">
                  <description>专题会</description>
                  <inputEntry id="ruleSpecialTopicType"><text>"special_topic"</text></inputEntry>
                  <outputEntry id="ruleSpecialTopicNotice"><text>3</text></outputEntry>
                  <outputEntry id="ruleSpecialTopicMaterials"><text>2</text></outputEntry>
                </rule>
              </decisionTable>"""));
      Path form = forms.resolve("notice-draft.form");
      ObjectMapper json = new ObjectMapper();
      ObjectNode noticeForm = (ObjectNode) json.readTree(Files.readString(form));
      noticeForm.withArray("components").add(json.readTree("""
          {"type": "textfield", "id": "Field_topicName_90", "key": "topicName", "label": "专题名称",
           "validate": {"required": true, "maxLength": 100},
           "conditional": {"hide": "=meetingType != \\"special_topic\\""}}"""));
      Files.writeString(form, json.writerWithDefaultPrettyPrinter().writeValueAsString(noticeForm),
          StandardCharsets.UTF_8);
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
