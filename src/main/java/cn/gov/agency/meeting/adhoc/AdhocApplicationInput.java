package cn.gov.agency.meeting.adhoc;

import cn.gov.agency.meeting.meeting.Participant;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** A checked 《临时会议申请表》 (R3.2): every field present and within the rules. */
public record AdhocApplicationInput(
    String meetingType, String title, String necessity, LocalDateTime plannedStart,
    LocalDateTime plannedEnd, String place, List<Participant> participants, String content,
    BigDecimal budgetEstimate) {

  public AdhocApplicationInput {
    participants = List.copyOf(participants);
  }
}
