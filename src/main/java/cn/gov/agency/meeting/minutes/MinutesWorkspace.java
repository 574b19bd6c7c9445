package cn.gov.agency.meeting.minutes;

import cn.gov.agency.meeting.minutes.MinutesVersion.AttendeeLine;
import cn.gov.agency.meeting.minutes.MinutesVersion.ExchangeMaterial;
import cn.gov.agency.meeting.organisation.Department;
import java.util.List;

/**
 * The drafting page and GET /api/meetings/{id}/minutes/draft: the recorder's working draft, whether
 * this user may edit it now, the latest reviewer's comment when it came back, what the meeting type
 * asks for, and the attendees and exchange materials the submission will list.
 */
public record MinutesWorkspace(long meetingId, String meetingTitle, String meetingType, String typeName,
    String outputDocument, MinutesStatus status, String statusLabel, String recorderUserId, String recorderName,
    boolean editable, String returnComment, MinutesVersion draft, List<AttendeeLine> attendees,
    List<ExchangeMaterial> exchangeMaterials, boolean findings, boolean speakers, boolean opinions,
    boolean resolutionsRequired, List<Department> departments, List<String> opinionCategories) {

  public MinutesWorkspace {
    attendees = List.copyOf(attendees);
    exchangeMaterials = List.copyOf(exchangeMaterials);
    departments = List.copyOf(departments);
    opinionCategories = List.copyOf(opinionCategories);
  }

  MinutesWorkspace editableBy(boolean mayEdit) {
    return new MinutesWorkspace(meetingId, meetingTitle, meetingType, typeName, outputDocument, status, statusLabel,
        recorderUserId, recorderName, mayEdit, returnComment, draft, attendees, exchangeMaterials, findings,
        speakers, opinions, resolutionsRequired, departments, opinionCategories);
  }
}
