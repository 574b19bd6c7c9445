package cn.gov.agency.meeting.materials;

import static cn.gov.agency.meeting.support.EngineRest.inbox;
import static cn.gov.agency.meeting.support.EngineRest.single;
import static cn.gov.agency.meeting.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.MeetingKey;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleMeetings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Materials on PostgreSQL over real HTTP: wangli uploads, the bytes come back identical from the
 * bytea column, and Tasklist's completion is refused (400) while a required kind is missing.
 */
@IntegrationTest
class MaterialsIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired MeetingRows meetings;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void uploadedMaterialIsStoredInPostgresAndDownloadedUnchanged() throws Exception {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "business_seminar", LocalDateTime.of(2030, 6, 3, 9, 0));
    String instanceId = runtimeService.startProcessInstanceByKey(MaterialsVariables.PROCESS_KEY,
        MeetingKey.of(meeting.id()), SampleMeetings.stageVariables(meeting)).getId();
    assertThat(jdbc.queryForObject("""
        select data_type from information_schema.columns where table_name = 'material_file' and column_name = 'content'""",
        String.class)).isEqualTo("bytea");

    // Every byte value, so no encoding step could pass unnoticed.
    byte[] pdf = SampleFiles.pdf("研讨议程");
    byte[] content = new byte[pdf.length + 256];
    System.arraycopy(pdf, 0, content, 0, pdf.length);
    for (int i = 0; i < 256; i++) {
      content[pdf.length + i] = (byte) i;
    }
    HttpResponse<byte[]> created = send("wangli", multipartUpload(meeting.id(), "agenda", "研讨会议程.pdf", content));
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode stored = JSON.readTree(created.body());
    assertThat(stored.get("fileName").asText()).isEqualTo("研讨会议程.pdf");
    assertThat(created.headers().firstValue("Location")).hasValue(
        "/api/meetings/" + meeting.id() + "/materials/" + stored.get("id").asLong() + "/content");

    HttpResponse<byte[]> downloaded = send("wangli", HttpRequest.newBuilder(URI.create(
        base() + "/api/meetings/" + meeting.id() + "/materials/" + stored.get("id").asLong() + "/content")).GET());
    assertThat(downloaded.statusCode()).isEqualTo(200);
    assertThat(downloaded.body()).isEqualTo(content);
    assertThat(downloaded.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(downloaded.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment;").contains("filename*=UTF-8''");

    // 讨论提纲 is still missing: the department's task cannot be completed yet.
    RestClient wangli = RestClient.as("wangli", port);
    String taskId = single(inbox(wangli, "本部门待办"), instanceId).get("id").asText();
    var refused = wangli.post("/engine-rest/task/" + taskId + "/complete", variables(Map.of("materialsNote", "")));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("讨论提纲");

    assertThat(send("weilan", multipartUpload(meeting.id(), "agenda", "议程.pdf", pdf)).statusCode()).isEqualTo(403);
  }

  private HttpRequest.Builder multipartUpload(long meetingId, String kind, String fileName, byte[] content) {
    String boundary = "----materials" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(base() + "/api/meetings/" + meetingId + "/materials"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
  }

  private HttpResponse<byte[]> send(String user, HttpRequest.Builder request) throws Exception {
    String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(request.header("Authorization", "Basic " + token).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
