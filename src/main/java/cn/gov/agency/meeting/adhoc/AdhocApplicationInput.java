package cn.gov.agency.meeting.adhoc;

import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.series.Recurrence;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A checked 《临时会议申请表》 (R3.2): every field present and within the rules. A recurrence (and
 * optionally the room every occurrence books) makes it a 周期会议, approved once; null for one meeting.
 */
public record AdhocApplicationInput(
    String meetingType, String title, String necessity, LocalDateTime plannedStart,
    LocalDateTime plannedEnd, String place, List<Participant> participants, String content,
    BigDecimal budgetEstimate, Recurrence recurrence, String seriesRoomCode) {

  public AdhocApplicationInput {
    participants = List.copyOf(participants);
  }
}
