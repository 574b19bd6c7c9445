package cn.gov.agency.meeting.figures;

import cn.gov.agency.meeting.figures.MeetingFigures.Undisclosed;
import cn.gov.agency.meeting.figures.MeetingFiguresRepository.ConfidentialMeeting;
import cn.gov.agency.meeting.meeting.MeetingAccess;
import cn.gov.agency.meeting.meeting.Meetings;
import cn.gov.agency.meeting.meeting.MeetingView;
import cn.gov.agency.meeting.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * R1.2 figures as one reader may see them. The database sums the meetings that are not
 * confidential; each confidential one is added from what {@link MeetingAccess} lets the reader see
 * of it: in its department's row for those who may know the department, as an undisclosed 占用
 * (count and hours) for outsiders — the totals stay true without telling who met.
 */
@Service
class MeetingFiguresService {

  private final MeetingFiguresRepository figures;
  private final Meetings meetings;
  private final MeetingAccess access;

  MeetingFiguresService(MeetingFiguresRepository figures, Meetings meetings, MeetingAccess access) {
    this.figures = figures;
    this.meetings = meetings;
    this.access = access;
  }

  MeetingFigures of(int year, CurrentUser reader) {
    List<DepartmentFigures> departments = new ArrayList<>(figures.byDepartment(year));
    Undisclosed undisclosed = Undisclosed.NONE;
    for (ConfidentialMeeting confidential : figures.confidentialOf(year)) {
      Optional<MeetingView> seen = meetings.find(confidential.meetingId()).flatMap(m -> access.listedByTime(reader, m));
      if (seen.isEmpty()) {
        continue;
      }
      MeetingView view = seen.get();
      if (view.busy()) {
        undisclosed = undisclosed.plus(view.plannedHours());
        continue;
      }
      for (int i = 0; i < departments.size(); i++) {
        if (departments.get(i).departmentCode().equals(view.hostDepartmentCode())) {
          departments.set(i, departments.get(i).plus(view, confidential.held(), confidential.attended(),
              confidential.actualCost()));
        }
      }
    }
    return MeetingFigures.of(year, departments, undisclosed);
  }
}
