package cn.gov.agency.meeting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * R1.2 figures tell the truth: the actual cost is what finance reimbursed, and a cancelled meeting
 * counts nowhere. Year 2043 belongs to this test alone.
 */
@ProcessTest
class MeetingFiguresTruthTest {

  @Autowired MeetingRows meetings;
  @Autowired MeetingFiguresRepository figures;
  @Autowired JdbcTemplate jdbc;

  @Test
  void r1_2_actualCostIsTheReimbursedTotal() {
    MeetingRecord reimbursed = SampleMeetings.approvedMeeting(meetings, "work_deployment", LocalDateTime.of(2043, 4, 2, 9, 0));
    MeetingRecord inReview = SampleMeetings.approvedMeeting(meetings, "work_deployment", LocalDateTime.of(2043, 5, 6, 9, 0));
    claim(reimbursed, "REIMBURSED", new BigDecimal("1234.56"));
    claim(inReview, "IN_REVIEW", null);

    MeetingFigures year = MeetingFigures.of(2043, figures.byDepartment(2043));

    assertThat(policy(year).actualCost()).isEqualByComparingTo("1234.56");
    assertThat(year.total().actualCost()).isEqualByComparingTo("1234.56");
    assertThat(year.departments().stream().filter(d -> d.departmentCode().equals("business")).findFirst()
        .orElseThrow().actualCost()).as("no reimbursed meeting is no figure, not zero").isNull();
  }

  @Test
  void r1_2_cancelledMeetingsLeftOut() {
    int before = policy(MeetingFigures.of(2043, figures.byDepartment(2043))).planned()
        + policy(MeetingFigures.of(2043, figures.byDepartment(2043))).adhoc();
    BigDecimal hoursBefore = policy(MeetingFigures.of(2043, figures.byDepartment(2043))).hours();
    BigDecimal costBefore = policy(MeetingFigures.of(2043, figures.byDepartment(2043))).estimatedCost();
    MeetingRecord kept = SampleMeetings.approvedMeeting(meetings, "work_deployment", LocalDateTime.of(2043, 6, 2, 9, 0));
    MeetingRecord cancelled = SampleMeetings.approvedMeeting(meetings, "work_deployment", LocalDateTime.of(2043, 6, 3, 9, 0));
    assertThat(meetings.updateStatus(cancelled.id(), MeetingStatus.APPROVED, MeetingStatus.CANCELLED)).isTrue();

    DepartmentFigures policy = policy(MeetingFigures.of(2043, figures.byDepartment(2043)));

    assertThat(policy.planned() + policy.adhoc()).isEqualTo(before + 1);
    assertThat(policy.hours()).isEqualByComparingTo(hoursBefore.add(new BigDecimal("2.5")));
    assertThat(policy.estimatedCost()).isEqualByComparingTo(costBefore.add(kept.budgetEstimate()));
  }

  private void claim(MeetingRecord meeting, String status, BigDecimal total) {
    jdbc.update("""
        insert into reimbursement_claim (meeting_id, process_instance_id, status, opened_at, reimbursed_total)
        values (?, ?, ?, ?, ?)
        """, meeting.id(), "test-" + meeting.id(), status, Timestamp.valueOf(LocalDateTime.of(2043, 7, 1, 9, 0)), total);
  }

  private static DepartmentFigures policy(MeetingFigures year) {
    return year.departments().stream().filter(d -> d.departmentCode().equals("policy")).findFirst().orElseThrow();
  }
}
