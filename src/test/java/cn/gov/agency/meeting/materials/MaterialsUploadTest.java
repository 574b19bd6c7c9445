package cn.gov.agency.meeting.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import cn.gov.agency.meeting.support.SecuredMvc;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;

/**
 * Uploads and downloads through the controller with the real login filter, as the demo users:
 * limits on size, type and content, harmless file names, who may do what, and safe downloads.
 */
@ProcessTest
class MaterialsUploadTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired WebApplicationContext context;
  @Autowired MeetingRows meetings;
  @Autowired RuntimeService runtimeService;
  @Autowired MaterialsSettings settings;
  @Autowired MaterialsService materials;

  MockMvc mvc;
  MeetingRecord meeting;

  @BeforeEach
  void setUp() {
    mvc = SecuredMvc.of(context);
    meeting = SampleMeetings.approvedMeeting(meetings);
    runtimeService.startProcessInstanceByKey(MaterialsVariables.PROCESS_KEY, MeetingKey.of(meeting.id()),
        SampleMeetings.stageVariables(meeting));
  }

  @Test
  void uploadedFileComesBackByteForByteWithSafeHeaders() throws Exception {
    byte[] pdf = SampleFiles.pdf("会议议程 第一稿");
    JsonNode stored = json(upload("wangli", "agenda", "会议议程（第一稿）.pdf", pdf)
        .andExpect(status().isCreated()));
    assertThat(stored.get("version").asInt()).isEqualTo(1);
    assertThat(stored.get("fileName").asText()).isEqualTo("会议议程（第一稿）.pdf");
    assertThat(stored.get("contentType").asText()).isEqualTo("application/pdf");
    assertThat(stored.get("sizeBytes").asLong()).isEqualTo(pdf.length);
    assertThat(stored.get("sha256").asText()).hasSize(64);
    assertThat(stored.get("uploadedBy").asText()).isEqualTo("wangli");

    // The head of the department (not a staff member) reads it back.
    byte[] downloaded = as(get(contentUrl(stored)), "fenggang")
        .andExpect(status().isOk())
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
        .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"_________.pdf\"; filename*=UTF-8''"
                + "%E4%BC%9A%E8%AE%AE%E8%AE%AE%E7%A8%8B%EF%BC%88%E7%AC%AC%E4%B8%80%E7%A8%BF%EF%BC%89.pdf"))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(downloaded).isEqualTo(pdf);

    JsonNode again = json(upload("wangli", "agenda", "会议议程（第二稿）.pdf", SampleFiles.pdf("第二稿"))
        .andExpect(status().isCreated()));
    assertThat(again.get("version").asInt()).isEqualTo(2);
    JsonNode overview = json(as(get("/api/meetings/{id}/materials", meeting.id()), "qianjun").andExpect(status().isOk()));
    assertThat(overview.get("missing")).extracting(JsonNode::asText).containsExactly("领导讲话稿", "工作报告");
    assertThat(overview.get("printCopies").asInt()).isEqualTo(5);
    assertThat(overview.get("kinds").get(0).get("versions")).hasSize(2);
  }

  @Test
  void aFileOverTheLimitIsRefusedAndNothingIsStored() throws Exception {
    byte[] big = Arrays.copyOf(SampleFiles.pdf("大文件"), (int) settings.maxFileSize().toBytes() + 1);
    upload("wangli", "agenda", "议程.pdf", big)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("file"))
        .andExpect(jsonPath("$.violations[0].rule").value("max-size"));
    assertThat(materials.overview(meeting.id()).missing()).contains("议程");
  }

  @Test
  void anExecutableIsRefusedWhateverItsName() throws Exception {
    upload("wangli", "agenda", "议程.pdf", SampleFiles.exe())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].rule").value("content-type"));
    upload("wangli", "agenda", "setup.exe", SampleFiles.exe())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].rule").value("type"));
    // A ZIP that is no Word document is not a .docx either.
    byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    upload("wangli", "agenda", "议程.docx", zip)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].rule").value("content-type"));
    upload("wangli", "no_such_kind", "议程.pdf", SampleFiles.pdf("x"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("kind"));
    assertThat(materials.overview(meeting.id()).kinds()).allSatisfy(k -> assertThat(k.versions()).isEmpty());
  }

  @Test
  void pathTricksInFileNamesAreStrippedNotFollowed() throws Exception {
    JsonNode traversal = json(upload("wangli", "agenda", "../../etc/passwd.pdf", SampleFiles.pdf("x"))
        .andExpect(status().isCreated()));
    assertThat(traversal.get("fileName").asText()).isEqualTo("passwd.pdf");
    JsonNode windows = json(upload("wangli", "work_report", "C:\\Users\\x\\报告.pdf", SampleFiles.pdf("y"))
        .andExpect(status().isCreated()));
    assertThat(windows.get("fileName").asText()).isEqualTo("报告.pdf");
    // A right-to-left override would show "evil\u202Efdp.exe" as "evilexe.pdf"; line breaks could split headers.
    JsonNode hidden = json(upload("wangli", "leader_speech", "讲话\r\n稿\u202E\".pdf", SampleFiles.pdf("z"))
        .andExpect(status().isCreated()));
    assertThat(hidden.get("fileName").asText()).isEqualTo("讲话 稿_.pdf");
    as(get(contentUrl(hidden)), "wangli").andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"__ __.pdf\"; filename*=UTF-8''%E8%AE%B2%E8%AF%9D%20%E7%A8%BF_.pdf"));

    upload("wangli", "agenda", "../", SampleFiles.pdf("x"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.violations[0].rule").value("file-name"));
    upload("wangli", "agenda", "议".repeat(settings.maxFileNameLength()) + ".pdf", SampleFiles.pdf("x"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.violations[0].rule").value("file-name-length"));
  }

  @Test
  void onlyTheHostDepartmentsStaffUploadAndOnlyThoseEntitledRead() throws Exception {
    JsonNode stored = json(upload("wangli", "agenda", "议程.pdf", SampleFiles.pdf("x")).andExpect(status().isCreated()));
    // chenjing is a participant (reads) from another department (no upload); zhouping is the office.
    for (String user : new String[] {"chenjing", "zhouping", "fenggang", "qianjun", "shenyu"}) {
      upload(user, "agenda", "议程.pdf", SampleFiles.pdf("x")).andExpect(status().isForbidden());
      as(get("/api/meetings/{id}/materials", meeting.id()), user).andExpect(status().isOk());
      as(get(contentUrl(stored)), user).andExpect(status().isOk());
    }
    // Neither participants nor of the host department: the other leader and a technology clerk.
    for (String user : new String[] {"sunhong", "weilan"}) {
      upload(user, "agenda", "议程.pdf", SampleFiles.pdf("x")).andExpect(status().isForbidden());
      as(get("/api/meetings/{id}/materials", meeting.id()), user).andExpect(status().isForbidden());
      as(get(contentUrl(stored)), user).andExpect(status().isForbidden());
      as(get("/app/meetings/{id}/materials", meeting.id()), user).andExpect(status().isForbidden());
    }
    mvc.perform(get("/api/meetings/{id}/materials", meeting.id())).andExpect(status().isUnauthorized());
    assertThat(materials.overview(meeting.id()).kinds().get(0).versions()).hasSize(1);
  }

  @Test
  void thePageListsTheMaterialsAndOffersUploadOnlyToTheStaff() throws Exception {
    upload("wangli", "agenda", "议程<script>.pdf", SampleFiles.pdf("x")).andExpect(status().isCreated());
    String staffPage = as(get("/app/meetings/{id}/materials", meeting.id()), "wangli")
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(staffPage).contains("会议材料 · 政策解读部署会", "议程_script_.pdf", "尚未上传的必备材料：领导讲话稿、工作报告",
        "印刷份数：<strong>5</strong>", "enctype=\"multipart/form-data\"");
    String leaderPage = as(get("/app/meetings/{id}/materials", meeting.id()), "qianjun")
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(leaderPage).contains("议程_script_.pdf").doesNotContain("multipart/form-data");

    as(multipart("/app/meetings/{id}/materials", meeting.id())
        .file(new MockMultipartFile("file", "讲话稿.pdf", "application/pdf", SampleFiles.pdf("x"))).param("kind", "leader_speech"),
        "wangli").andExpect(status().is3xxRedirection());
    String refused = as(multipart("/app/meetings/{id}/materials", meeting.id())
        .file(new MockMultipartFile("file", "报告.pdf", "application/pdf", SampleFiles.exe())).param("kind", "work_report"),
        "wangli").andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(refused).contains("文件未能上传", "文件内容与扩展名 .pdf 不符");
    assertThat(materials.overview(meeting.id()).missing()).containsExactly("工作报告");
  }

  private ResultActions upload(String user, String kind, String fileName, byte[] content) throws Exception {
    return as(multipart("/api/meetings/{id}/materials", meeting.id())
        .file(new MockMultipartFile("file", fileName, "application/pdf", content)).param("kind", kind), user);
  }

  private ResultActions as(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String user) throws Exception {
    return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Basic "
        + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))));
  }

  private String contentUrl(JsonNode stored) {
    return "/api/meetings/" + meeting.id() + "/materials/" + stored.get("id").asLong() + "/content";
  }

  private static JsonNode json(ResultActions result) throws Exception {
    return JSON.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
  }
}
