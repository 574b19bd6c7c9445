package cn.gov.agency.meeting.archive;

import cn.gov.agency.meeting.meeting.MeetingKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.agency.meeting.meeting.MeetingEvents;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.notification.TaskDueDates;
import cn.gov.agency.meeting.notification.TaskDueSettings;
import cn.gov.agency.meeting.support.MeetingDriver;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * 及时归档 (R3.4, R7.4): the record is archived as soon as the minutes are issued, within the
 * configured working days, not months later when the last resolution closes; what ends afterwards
 * is added as dated supplements, each in the trail.
 */
@ProcessTest
class PromptArchiveProcessTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired ApplicationContext context;
  @Autowired MeetingRows meetings;
  @Autowired MeetingArchive archive;
  @Autowired MeetingEvents events;
  @Autowired TaskDueDates dueDates;
  @Autowired TaskDueSettings dueSettings;
  @Autowired RuntimeService runtimeService;

  private ProcessInstance lifecycle;

  @Test
  void r3_4_archivedPromptlyAfterMinutesIssued() {
    MeetingDriver driver = new MeetingDriver(context);
    MeetingRecord meeting = heldMeeting(driver, 11);
    assertThat(driver.openTasks(meeting)).as("not before the minutes are issued").doesNotContainKey("confirmArchive");

    driver.distributeMinutes(meeting);
    Task confirm = driver.openTasks(meeting).get("confirmArchive");
    assertThat(confirm).as("open as soon as the minutes are issued").isNotNull();
    assertThat(dueSettings.workingDaysFor("confirmArchive")).as("configured, not the default").isEqualTo(5);
    LocalDateTime created = LocalDateTime.ofInstant(confirm.getCreateTime().toInstant(), ZONE);
    assertThat(LocalDateTime.ofInstant(confirm.getDueDate().toInstant(), ZONE))
        .isEqualTo(dueDates.dueFor("confirmArchive", created));
    assertThat(driver.openTasks(meeting)).as("the resolutions, passing-on and claim are still open")
        .containsKeys("carryOutResolution", "recordPassingOn", "fileClaim");

    driver.confirmArchive(meeting);

    assertThat(archive.find(meeting.id())).isPresent();
    assertThat(meetings.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.ARCHIVED);
    assertThat(archive.supplements(meeting.id())).isEmpty();
    assertThat(aftercare(meeting)).isWaitingAt("followUpResolutions", "passingOn", "reimbursement");
  }

  @Test
  void r7_4_followUpResultAddedAsSupplement() throws IOException {
    MeetingDriver driver = new MeetingDriver(context);
    MeetingRecord meeting = heldMeeting(driver, 15);
    driver.distributeMinutes(meeting);
    driver.confirmArchive(meeting);
    String archived = archive.find(meeting.id()).orElseThrow().sha256();

    driver.followUp(meeting);
    MeetingArchive.Supplement followUp = only(archive.supplements(meeting.id()));
    assertThat(followUp.kind()).isEqualTo(ArchiveSupplementKind.FOLLOW_UP);
    assertThat(followUp.addedAt().toLocalDate()).isEqualTo(LocalDate.now(ZONE));
    assertThat(entries(followUp.content())).contains("index.html", "01/follow-up/outcomes.html");
    assertThat(text(followUp.content(), "01/follow-up/outcomes.html")).contains("制定政策解读工作方案", "按期完成");
    assertThat(text(followUp.content(), "index.html")).contains("会议资料补充归档：决议事项落实情况", "决议事项落实与督办");

    driver.passOn(meeting);
    driver.reimburse(meeting);

    assertThat(archive.supplements(meeting.id())).extracting(MeetingArchive.Supplement::kind)
        .containsExactly(ArchiveSupplementKind.FOLLOW_UP, ArchiveSupplementKind.PASSING_ON,
            ArchiveSupplementKind.REIMBURSEMENT);
    assertThat(entries(archive.supplements(meeting.id()).get(2).content()))
        .anyMatch(n -> n.contains("/invoices/") && n.endsWith("印刷费发票.pdf"));
    assertThat(events.of(meeting.id())).filteredOn(e -> e.action().equals("SUPPLEMENTED"))
        .extracting(MeetingEvents.MeetingEvent::comment)
        .containsExactly("决议事项落实情况", "会议精神传达情况", "经费报销情况");
    assertThat(archive.find(meeting.id()).orElseThrow().sha256()).as("the archive itself is never rewritten")
        .isEqualTo(archived);
    assertThat(lifecycle).isEnded().hasPassed("aftercare");
  }

  /** Held hours ago, in a room and at a time no other test of the shared context books. */
  private MeetingRecord heldMeeting(MeetingDriver driver, int hoursAgo) {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings, "work_deployment",
        LocalDateTime.now(ZONE).minusHours(hoursAgo).truncatedTo(ChronoUnit.MINUTES));
    lifecycle = driver.startAndSettle(meeting, false, false, false);
    driver.prepare(meeting, "B101");
    driver.assignStaff(meeting);
    driver.closeSignIn(meeting);
    driver.approveMinutes(meeting, "business", LocalDate.now(ZONE).plusMonths(1).toString());
    return meeting;
  }

  private ProcessInstance aftercare(MeetingRecord meeting) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("meetingAftercare")
        .processInstanceBusinessKey(MeetingKey.of(meeting.id())).singleResult();
  }

  private static MeetingArchive.Supplement only(List<MeetingArchive.Supplement> supplements) {
    assertThat(supplements).hasSize(1);
    return supplements.get(0);
  }

  private static List<String> entries(byte[] zip) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
      }
    }
    return names;
  }

  private static String text(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(name + " not in the zip");
  }
}
