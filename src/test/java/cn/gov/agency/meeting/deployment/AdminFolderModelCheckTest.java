package cn.gov.agency.meeting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.folders.AdminFolders;
import cn.gov.agency.meeting.meetingtype.MeetingLeadTimesTable;
import cn.gov.agency.meeting.meetingtype.MeetingType;
import cn.gov.agency.meeting.meetingtype.MeetingTypeCatalogue;
import cn.gov.agency.meeting.support.ProcessTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administrator's folders as committed pass the same check the application runs before every
 * deployment (forms, beans, roles, Chinese names, call activities, timers, decision tables, lint).
 */
@ProcessTest
class AdminFolderModelCheckTest {

  @Autowired AdminFolders folders;
  @Autowired DeploymentCheck check;
  @Autowired MeetingTypeCatalogue meetingTypes;
  @Autowired MeetingLeadTimesTable leadTimes;

  @Test
  void theCommittedFoldersPassTheDeploymentCheck() {
    DeploymentReport report = check.check(folders);

    assertThat(report.problems()).extracting(DeploymentProblem::describe).isEmpty();
    assertThat(report.files()).isGreaterThan(40);
  }

  @Test
  void processesFolderOnDiskIsWhatIsDeployed() throws Exception {
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      assertThat(files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn")).count())
          .isEqualTo(folders.processResources().size());
    }
  }

  @Test
  void everyMeetingTypeHasItsLeadTimes() {
    assertThat(meetingTypes.all()).extracting(MeetingType::code)
        .contains("work_deployment", "business_seminar", "experience_exchange", "symposium");
    for (MeetingType type : meetingTypes.all()) {
      var times = leadTimes.leadTimes(type.code());
      assertThat(times.noticeWorkingDays()).as("notice days of %s", type.code()).isPositive();
      assertThat(times.materialsWorkingDays()).as("materials days of %s", type.code()).isPositive();
    }
  }
}
