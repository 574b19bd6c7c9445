package cn.gov.agency.meeting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.Attendee;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R1.2 figures count, per department and year, the people who actually came to the meetings held
 * (present or late, from the sign-in) next to those invited; a meeting not held adds no attendance.
 * Year 2046 belongs to this test alone.
 */
@ProcessTest
class MeetingFiguresAttendanceTest {

  @Autowired MeetingRows meetings;
  @Autowired MeetingFiguresRepository figures;

  @Test
  void attendanceOfHeldMeetingsIsCountedNextToTheInvitedParticipants() {
    MeetingRecord held = SampleMeetings.approvedMeeting(meetings, "work_deployment", LocalDateTime.of(2046, 4, 2, 9, 0));
    List<Attendee> attendees = meetings.attendees(held.id());
    meetings.recordAttendance(attendees.get(0).id(), "PRESENT", LocalDateTime.of(2046, 4, 2, 8, 50));
    meetings.recordAttendance(attendees.get(1).id(), "LATE", LocalDateTime.of(2046, 4, 2, 9, 20));
    meetings.recordAttendance(attendees.get(2).id(), "ON_LEAVE", null);
    meetings.recordAttendance(attendees.get(3).id(), "ABSENT", null);
    meetings.recordAttendance(attendees.get(4).id(), "PRESENT", LocalDateTime.of(2046, 4, 2, 8, 55));
    meetings.updateStatus(held.id(), MeetingStatus.APPROVED, MeetingStatus.HELD);
    SampleMeetings.approvedMeeting(meetings, "work_deployment", LocalDateTime.of(2046, 5, 6, 9, 0));

    MeetingFigures year = MeetingFigures.of(2046, figures.byDepartment(2046));

    DepartmentFigures policy = year.departments().stream().filter(d -> d.departmentCode().equals("policy"))
        .findFirst().orElseThrow();
    assertThat(policy.held()).isEqualTo(1);
    assertThat(policy.participants()).isEqualTo(10);
    assertThat(policy.heldParticipants()).isEqualTo(5);
    assertThat(policy.attended()).isEqualTo(3);
    assertThat(year.total().attended()).isEqualTo(3);
    assertThat(year.total().heldParticipants()).isEqualTo(5);
  }
}
