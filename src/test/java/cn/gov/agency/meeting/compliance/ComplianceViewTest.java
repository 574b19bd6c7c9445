package cn.gov.agency.meeting.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import cn.gov.agency.meeting.support.SecuredMvc;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * 合规情况 against a seeded year (2061 belongs to this test alone) with known late notices,
 * absences, an early departure, overdue resolutions, an incomplete and unacknowledged passing-on and
 * a department over its cost limit: the figures are exactly what was
 * seeded, a cancelled meeting counts nothing, a confidential meeting is counted for everybody but
 * named only to those entitled to it, and only the office, the leadership and auditors may read.
 */
@ProcessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplianceViewTest {

  private static final String LATE_REASON = "上级临时部署，会议提前召开";

  @Autowired WebApplicationContext context;
  @Autowired MeetingRows meetings;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  MockMvc mvc;
  MeetingRecord lateAndAbsent;
  MeetingRecord orderly;
  MeetingRecord cancelled;
  MeetingRecord confidential;

  @BeforeAll
  void seedTheYear() {
    mvc = SecuredMvc.of(context);
    lateAndAbsent = held(LocalDateTime.of(2061, 3, 2, 9, 0), "PRESENT", "ABSENT", "ABSENT", "LATE", "ON_LEAVE");
    lateNotice(lateAndAbsent.id(), LATE_REASON);
    overdueResolutionUrged(lateAndAbsent.id());
    passingOnMissingOneDepartment(lateAndAbsent.id());
    jdbc.update("update meeting_participant set departure = 'EARLY_DEPARTURE', departed_at = ? where id = ?",
        LocalDateTime.of(2061, 3, 2, 10, 0), meetings.attendees(lateAndAbsent.id()).get(0).id());

    orderly = held(LocalDateTime.of(2061, 4, 6, 9, 0), "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT");
    // above the year's cost limit of a department (R1.2: meeting.limits.defaults.cost, 200,000)
    jdbc.update("update meeting set budget_estimate = 250000 where id = ?", orderly.id());

    cancelled = SampleMeetings.approvedMeeting(meetings, "work_deployment", LocalDateTime.of(2061, 5, 4, 9, 0));
    lateNotice(cancelled.id(), "不应计入");
    meetings.updateStatus(cancelled.id(), MeetingStatus.APPROVED, MeetingStatus.CANCELLED);

    confidential = held(LocalDateTime.of(2061, 6, 1, 9, 0), "ABSENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT");
    meetings.updateConfidential(confidential.id(), true);
  }

  @Test
  void r7_3_theOfficeSeesEveryFigureOfTheSeededYearLinkedToTheTrail() throws Exception {
    JsonNode report = report("zhouping", "/api/compliance?year=2061");

    assertThat(total(report, "ABSENT")).isEqualTo(List.of(3, 2));
    assertThat(total(report, "LATE_ARRIVAL")).isEqualTo(List.of(1, 1));
    assertThat(total(report, "ON_LEAVE")).isEqualTo(List.of(1, 1));
    assertThat(total(report, "NOTICE_LATE")).isEqualTo(List.of(1, 1));
    assertThat(total(report, "RESOLUTION_OVERDUE")).isEqualTo(List.of(1, 1));
    assertThat(total(report, "RECTIFICATION_URGED")).isEqualTo(List.of(1, 1));
    assertThat(total(report, "PASSING_ON_INCOMPLETE")).isEqualTo(List.of(1, 1));
    assertThat(total(report, "MATERIALS_LATE")).isEqualTo(List.of(0, 0));
    assertThat(total(report, "EARLY_DEPARTURE")).isEqualTo(List.of(1, 1));
    assertThat(total(report, "PASSING_ON_UNACKNOWLEDGED")).isEqualTo(List.of(1, 1));
    assertThat(report.get("undisclosedMeetings").asInt()).isZero();

    assertThat(meetingIds(report)).containsExactly(lateAndAbsent.id(), confidential.id());
    JsonNode notice = finding(report, lateAndAbsent.id(), "NOTICE_LATE");
    assertThat(notice.get("detail").asText()).isEqualTo(LATE_REASON);
    assertThat(notice.get("rule").asText()).isEqualTo("R3.3");
    assertThat(notice.get("trail").asText())
        .isEqualTo("/app/audit/meetings/" + lateAndAbsent.id() + "?stage=%E4%BC%9A%E8%AE%AE%E9%80%9A%E7%9F%A5");

    JsonNode policy = department(report, "policy");
    assertThat(policy.get("meetings").asInt()).isEqualTo(3);
    assertThat(policy.get("amounts").get(ComplianceKind.ABSENT.ordinal()).asInt()).isEqualTo(3);
    assertThat(policy.get("limitsExceeded").toString()).contains("经费").doesNotContain("时长");
    assertThat(department(report, "business").get("limitsExceeded")).isEmpty();
  }

  @Test
  void r5_2_aLeaderOutsideTheConfidentialMeetingCountsItButNeverSeesIt() throws Exception {
    JsonNode report = report("sunhong", "/api/compliance?year=2061");

    assertThat(total(report, "ABSENT")).isEqualTo(List.of(3, 2));
    assertThat(report.get("undisclosedMeetings").asInt()).isEqualTo(1);
    assertThat(meetingIds(report)).containsExactly(lateAndAbsent.id());
    assertThat(department(report, "policy").get("amounts").get(ComplianceKind.ABSENT.ordinal()).asInt()).isEqualTo(2);
    assertThat(finding(report, lateAndAbsent.id(), "ABSENT").get("trail").isNull()).isTrue();

    as(get("/api/compliance/meetings/" + confidential.id()), "sunhong").andExpect(status().isNotFound());
    as(get("/api/compliance/meetings/" + confidential.id()), "shenyu").andExpect(status().isOk());
  }

  @Test
  void r7_3_perDepartmentAndCsvForTheAppraisal() throws Exception {
    JsonNode office = report("shenyu", "/api/compliance?year=2061&department=office");
    assertThat(meetingIds(office)).isEmpty();
    assertThat(office.get("departments")).hasSize(1);

    byte[] csv = as(get("/app/compliance.csv?year=2061"), "shenyu").andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF年度,会议编号,会议名称");
    assertThat(text).contains("\"R3.3\",\"通知晚发\",\"1\",\"" + LATE_REASON + "\"");
    assertThat(text).doesNotContain("不应计入");
  }

  @Test
  void onlyTheOfficeTheLeadershipAndAuditorsMayRead() throws Exception {
    as(get("/api/compliance?year=2061"), "wangli").andExpect(status().isForbidden());
    as(get("/app/compliance?year=2061"), "wangli").andExpect(status().isForbidden());
    as(get("/app/compliance.csv?year=2061"), "wuhua").andExpect(status().isForbidden());
    String page = as(get("/app/compliance?year=2061"), "zhaoqiang").andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("2061 年度合规情况", "通知晚发", "缺席");
  }

  private MeetingRecord held(LocalDateTime start, String... attendance) {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment", start);
    List<Attendee> attendees = meetings.attendees(meeting.id());
    for (int i = 0; i < attendance.length; i++) {
      boolean came = attendance[i].equals("PRESENT") || attendance[i].equals("LATE");
      meetings.recordAttendance(attendees.get(i).id(), attendance[i], came ? start : null);
    }
    meetings.updateStatus(meeting.id(), MeetingStatus.APPROVED, MeetingStatus.HELD);
    return meeting;
  }

  private void lateNotice(long meetingId, String reason) {
    jdbc.update("""
        insert into meeting_notice (meeting_id, process_instance_id, requirements, preparations, late, late_reason,
          important, document, status, drafted_by, drafted_at, sent_at)
        values (?, 'seeded', '准时参会', '无', true, ?, false, '<p>通知</p>', 'SENT', 'zhouping', ?, ?)
        """, meetingId, reason, LocalDateTime.of(2061, 1, 5, 9, 0), LocalDateTime.of(2061, 1, 5, 10, 0));
  }

  private void overdueResolutionUrged(long meetingId) {
    jdbc.update("insert into minutes_version (meeting_id, version_no, status, written_by, written_at)"
        + " values (?, 1, 'APPROVED', 'wangli', ?)", meetingId, LocalDateTime.of(2061, 3, 3, 9, 0));
    long version = jdbc.queryForObject("select id from minutes_version where meeting_id = ?", Long.class, meetingId);
    jdbc.update("insert into minutes_item (version_id, kind, row_no, item_text, department_code, deadline)"
        + " values (?, 'RESOLUTION', 1, '完成政策解读', 'policy', ?)", version, LocalDate.of(2061, 3, 20));
    long item = jdbc.queryForObject("select id from minutes_item where version_id = ?", Long.class, version);
    jdbc.update("insert into follow_up (meeting_id, resolution_id, item_index, resolution_text, department_code,"
        + " deadline, status, overdue) values (?, ?, 1, '完成政策解读', 'policy', ?, 'OPEN', true)",
        meetingId, item, LocalDate.of(2061, 3, 20));
    long followUp = jdbc.queryForObject("select id from follow_up where meeting_id = ?", Long.class, meetingId);
    jdbc.update("insert into follow_up_step (follow_up_id, action, actor_user_id, step_text, occurred_at)"
        + " values (?, 'URGED', 'zhouping', '请于一周内整改', ?)", followUp, LocalDateTime.of(2061, 3, 23, 9, 0));
    jdbc.update("insert into follow_up_step (follow_up_id, action, actor_user_id, step_text, occurred_at)"
        + " values (?, 'REPORTED', 'wangli', '进展', ?)", followUp, LocalDateTime.of(2061, 3, 10, 9, 0));
  }

  private void passingOnMissingOneDepartment(long meetingId) {
    jdbc.update("insert into passing_on (meeting_id, opened_at) values (?, ?)", meetingId,
        LocalDateTime.of(2061, 3, 4, 9, 0));
    jdbc.update("insert into passing_on_department (meeting_id, department_code) values (?, 'policy'), (?, 'office')",
        meetingId, meetingId);
    jdbc.update("insert into passing_on_record (meeting_id, department_code, method, held_on, participants,"
        + " participant_count, recorded_by, recorded_at) values (?, 'policy', 'GROUP_STUDY', ?, '全处', 6, 'wangli', ?)",
        meetingId, LocalDate.of(2061, 3, 5), LocalDateTime.of(2061, 3, 5, 17, 0));
    jdbc.update("insert into passing_on_acknowledgement (meeting_id, department_code, user_id, asked_at)"
        + " values (?, 'policy', 'wangli', ?)", meetingId, LocalDateTime.of(2061, 3, 5, 17, 0));
  }

  private JsonNode report(String user, String url) throws Exception {
    return json.readTree(as(get(url), user).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8));
  }

  private ResultActions as(MockHttpServletRequestBuilder request, String user) throws Exception {
    return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Basic "
        + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))));
  }

  private static List<Integer> total(JsonNode report, String kind) {
    for (JsonNode t : report.get("totals")) {
      if (t.get("kind").asText().equals(kind)) {
        return List.of(t.get("amount").asInt(), t.get("meetings").asInt());
      }
    }
    throw new AssertionError("no total for " + kind);
  }

  private static List<Long> meetingIds(JsonNode report) {
    return report.get("meetings").findValues("meetingId").stream().map(JsonNode::asLong).toList();
  }

  private static JsonNode finding(JsonNode report, long meetingId, String kind) {
    for (JsonNode m : report.get("meetings")) {
      if (m.get("meetingId").asLong() == meetingId) {
        for (JsonNode f : m.get("findings")) {
          if (f.get("kind").asText().equals(kind)) {
            return f;
          }
        }
      }
    }
    throw new AssertionError("no " + kind + " at meeting " + meetingId);
  }

  private static JsonNode department(JsonNode report, String code) {
    for (JsonNode d : report.get("departments")) {
      if (d.get("departmentCode").asText().equals(code)) {
        return d;
      }
    }
    throw new AssertionError("no department " + code);
  }
}
