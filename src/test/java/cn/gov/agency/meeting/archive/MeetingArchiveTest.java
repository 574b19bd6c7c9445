package cn.gov.agency.meeting.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.support.MeetingDriver;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** 会议资料归档 (R7.4): one zip per meeting with an index page, written once. */
@ProcessTest
class MeetingArchiveTest {

  @Autowired ApplicationContext context;
  @Autowired MeetingRows meetings;
  @Autowired MeetingArchive archive;

  @Test
  void theWholeLifecycleEndsWithOneZipOfTheWholeRecordAndTheMeetingReadOnly() throws Exception {
    // Held hours ago (passing-on can only be recorded for what has happened), in a room and at a
    // time no other test of the shared context books.
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(7).truncatedTo(ChronoUnit.MINUTES));
    MeetingDriver driver = new MeetingDriver(context);
    ProcessInstance lifecycle = driver.startAndSettle(meeting, false, false, false);
    driver.prepare(meeting, "B101");
    driver.assignStaff(meeting);
    driver.closeSignIn(meeting);
    String deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(1).toString();
    driver.approveMinutes(meeting, "business", deadline);
    driver.distributeFollowUpAndPassOn(meeting);
    // Confirmed late, after everything ended: the archive has it all and needs no supplement.
    driver.reimburseAndArchive(meeting);
    assertThat(archive.supplements(meeting.id())).isEmpty();
    assertThat(lifecycle).isEnded().hasPassed("aftercare");

    MeetingArchive.ArchiveFile file = archive.find(meeting.id()).orElseThrow();

    Map<String, byte[]> entries = unzip(file.content());
    assertThat(file.entryCount()).isEqualTo(entries.size());
    assertThat(file.sha256()).isEqualTo(HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(file.content())));
    String index = text(entries.get("index.html"));
    assertThat(index).contains("会议资料归档", "政策解读部署会", "临时会议申请", "会议通知与通知到位", "会议材料", "会议场地",
            "签到表与出勤", "会议纪要（成果文件）及其审核", "会议纪要印发", "决议事项落实与督办", "会议精神传达",
            "经费预算", "经费报销与报销凭证")
        .doesNotContain("年度会议计划条目", "会议用餐与住宿");
    assertThat(entries.keySet()).anyMatch(name -> name.endsWith("/sign-in-sheet.html"))
        .anyMatch(name -> name.endsWith("/minutes.html")).anyMatch(name -> name.endsWith("/budget.html"))
        .anyMatch(name -> name.contains("/invoices/") && name.endsWith("印刷费发票.pdf"));
    assertThat(text(entries.entrySet().stream().filter(e -> e.getKey().endsWith("/resolutions.html")).findFirst()
        .orElseThrow().getValue())).contains("制定政策解读工作方案", deadline);
    // Every entry the index links to is in the zip.
    entries.keySet().stream().filter(name -> !name.equals("index.html"))
        .forEach(name -> assertThat(index).contains("href=\"" + name + "\""));
    // The sample meeting was filed without an application record: its section says so rather than vanish.
    assertThat(entries.keySet()).noneMatch(name -> name.endsWith("/application.html"))
        .anyMatch(name -> name.endsWith("/notice.html")).anyMatch(name -> name.endsWith("/trail.html"));
    byte[] agenda = entries.entrySet().stream().filter(e -> e.getKey().contains("files/agenda-v1-"))
        .findFirst().orElseThrow().getValue();
    assertThat(text(agenda)).isEqualTo("材料：agenda");
    assertThat(text(entries.entrySet().stream().filter(e -> e.getKey().endsWith("/trail.html")).findFirst()
        .orElseThrow().getValue())).contains("确定筹备事项", "预订会议室", "财务批准预算", "会议资料归档");

    assertThat(meetings.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.ARCHIVED);
    assertThatThrownBy(() -> archive.archive(meeting.id(), "zhouping")).isInstanceOf(RuntimeException.class);
    assertThat(archive.find(meeting.id()).orElseThrow().sha256()).isEqualTo(file.sha256());
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static String text(byte[] content) {
    return new String(content, StandardCharsets.UTF_8);
  }
}
