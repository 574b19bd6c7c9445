package cn.gov.agency.meeting.reimbursement;

import static cn.gov.agency.meeting.reimbursement.ReimbursementSamples.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import cn.gov.agency.meeting.support.SecuredMvc;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * The claim's page and API through the real login filter, as the demo users: invoice uploads
 * refused by type, content, size and name, path tricks stripped, who reads and who acts, and a
 * confidential meeting closed to those MeetingAccess does not entitle (R5.2).
 */
@ProcessTest
class ReimbursementUploadAndAccessTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static LocalDateTime nextStart = LocalDateTime.of(2031, 5, 5, 9, 0);

  @Autowired WebApplicationContext context;
  @Autowired MeetingRows meetings;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ReimbursementSettings settings;
  @Autowired ReimbursementService claims;

  MockMvc mvc;
  MeetingRecord meeting;
  long itemId;

  @BeforeEach
  void setUp() throws Exception {
    mvc = SecuredMvc.of(context);
    nextStart = nextStart.plusDays(1);
    meeting = ReimbursementSamples.heldMeetingWithBudget(meetings, runtimeService, taskService,
        new AsUser(identityService), nextStart);
    runtimeService.startProcessInstanceByKey(ReimbursementVariables.PROCESS_KEY, MeetingKey.of(meeting.id()),
        SampleMeetings.stageVariables(meeting));
    itemId = json(as(post("/api/meetings/{id}/reimbursement/items", meeting.id())
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"line\":\"meals\",\"amount\":880.5,\"description\":\"工作餐\"}"), "wangli")
        .andExpect(status().isCreated())).get("id").asLong();
  }

  @Test
  void anInvoiceComesBackUnchangedWithSafeHeadersAndPathTricksAreStripped() throws Exception {
    byte[] invoice = pdf("增值税电子普通发票");
    JsonNode stored = json(upload("wangli", "../../etc/餐费发票.pdf", invoice).andExpect(status().isCreated()));
    assertThat(stored.get("fileName").asText()).isEqualTo("餐费发票.pdf");
    assertThat(stored.get("contentType").asText()).isEqualTo("application/pdf");
    JsonNode windows = json(upload("wangli", "..\\..\\Windows\\发票2.pdf", invoice).andExpect(status().isCreated()));
    assertThat(windows.get("fileName").asText()).isEqualTo("发票2.pdf");

    byte[] downloaded = as(get(contentUrl(stored.get("id").asLong())), "wuhua")
        .andExpect(status().isOk())
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
        .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"____.pdf\"; filename*=UTF-8''%E9%A4%90%E8%B4%B9%E5%8F%91%E7%A5%A8.pdf"))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(downloaded).isEqualTo(invoice);
    // An invoice is only ever reached through its own meeting.
    long otherMeeting = SampleMeetings.approvedMeeting(meetings, "work_deployment", nextStart.plusMonths(6)).id();
    as(get("/api/meetings/{id}/reimbursement/invoices/{invoice}/content", otherMeeting, stored.get("id").asLong()),
        "wuhua").andExpect(status().isNotFound());
  }

  @Test
  void invoicesOfTheWrongTypeContentOrSizeAreRefusedAndNothingIsStored() throws Exception {
    upload("wangli", "发票.exe", ReimbursementSamples.exe()).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("file"))
        .andExpect(jsonPath("$.violations[0].rule").value("type"));
    upload("wangli", "发票.pdf", ReimbursementSamples.exe()).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].rule").value("content-type"));
    upload("wangli", "发票.docx", pdf("x")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].rule").value("type"));
    byte[] big = Arrays.copyOf(pdf("大文件"), (int) settings.maxInvoiceSize().toBytes() + 1);
    upload("wangli", "发票.pdf", big).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].rule").value("max-size"));
    upload("wangli", "../..", pdf("x")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].rule").value("file-name"));
    assertThat(claims.view(meeting.id()).items().get(0).invoices()).isEmpty();
  }

  @Test
  void theHostDepartmentFinanceOfficeAndAuditorsReadOnlyTheStaffDraftAndOnlyFinanceReviews() throws Exception {
    for (String user : new String[] {"wangli", "fenggang", "qianjun", "wuhua", "zhengyan", "zhouping", "shenyu"}) {
      as(get("/api/meetings/{id}/reimbursement", meeting.id()), user).andExpect(status().isOk());
    }
    // chenjing attends but is of another department; sunhong leads another department.
    for (String user : new String[] {"chenjing", "sunhong"}) {
      as(get("/api/meetings/{id}/reimbursement", meeting.id()), user).andExpect(status().isForbidden());
      as(get("/app/meetings/{id}/reimbursement", meeting.id()).accept(MediaType.TEXT_HTML), user)
          .andExpect(status().isForbidden());
    }
    for (String user : new String[] {"wuhua", "qianjun", "fenggang"}) {
      upload(user, "发票.pdf", pdf("x")).andExpect(status().isForbidden());
    }
    as(post("/api/meetings/{id}/reimbursement/items/{item}/review", meeting.id(), itemId)
        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"accept\"}"), "wangli")
        .andExpect(status().isForbidden());
    as(post("/api/meetings/{id}/reimbursement/items/{item}/review", meeting.id(), itemId)
        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"accept\"}"), "wuhua")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.violations[0].rule").value("in-review"));
    mvc.perform(get("/api/meetings/{id}/reimbursement", meeting.id())).andExpect(status().isUnauthorized());
  }

  @Test
  void aConfidentialMeetingsClaimIsOnlyForThoseEntitled() throws Exception {
    meetings.updateConfidential(meeting.id(), true);
    // Finance reviews every claim, so it is entitled to confidential meetings too (MeetingAccess).
    for (String user : new String[] {"wangli", "qianjun", "zhouping", "shenyu", "wuhua"}) {
      as(get("/api/meetings/{id}/reimbursement", meeting.id()), user).andExpect(status().isOk());
    }
    // Someone outside the meeting is not.
    upload("wangli", "发票.pdf", pdf("x")).andExpect(status().isCreated());
    as(get(contentUrl(claims.view(meeting.id()).items().get(0).invoices().get(0).id())), "weilan")
        .andExpect(status().isForbidden());
  }

  @Test
  void thePageShowsTheClaimAndTheStaffsFormsAndRefusalsInChinese() throws Exception {
    upload("wangli", "发票<script>.pdf", pdf("x")).andExpect(status().isCreated());
    String staffPage = page("wangli");
    assertThat(staffPage).contains("经费报销 · 政策解读部署会", "工作餐", "880.50", "发票_script_.pdf", "签到表",
        "/app/meetings/" + meeting.id() + "/sign-in-sheet", "添加明细", "申请预算调整", "1200.00");
    assertThat(page("wuhua")).contains("工作餐").doesNotContain("添加明细", "申请预算调整");

    as(post("/app/meetings/{id}/reimbursement/items", meeting.id()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .param("line", "printing").param("amount", "35.20").param("description", "打印"), "wangli")
        .andExpect(status().is3xxRedirection());
    String refused = as(post("/app/meetings/{id}/reimbursement/items", meeting.id())
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .param("line", "printing").param("amount", "-1").param("description", "打印"), "wangli")
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(refused).contains("未能保存", "金额（元）：必须大于 0");
    assertThat(claims.view(meeting.id()).claimedTotal()).isEqualByComparingTo("915.70");
  }

  private String page(String user) throws Exception {
    return as(get("/app/meetings/{id}/reimbursement", meeting.id()), user).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  private ResultActions upload(String user, String fileName, byte[] content) throws Exception {
    return as(multipart("/api/meetings/{id}/reimbursement/items/{item}/invoices", meeting.id(), itemId)
        .file(new MockMultipartFile("file", fileName, "application/pdf", content)), user);
  }

  private ResultActions as(MockHttpServletRequestBuilder request, String user) throws Exception {
    return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Basic "
        + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))));
  }

  private String contentUrl(long invoiceId) {
    return "/api/meetings/" + meeting.id() + "/reimbursement/invoices/" + invoiceId + "/content";
  }

  private static JsonNode json(ResultActions result) throws Exception {
    return JSON.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
  }
}
