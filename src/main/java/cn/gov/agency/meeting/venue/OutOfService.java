package cn.gov.agency.meeting.venue;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** 停用时段: the room cannot be booked over [from, to), e.g. while it is refurbished. */
public record OutOfService(
    @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime from,
    @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime to,
    String reason) {

  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  public boolean overlaps(LocalDateTime start, LocalDateTime end) {
    return from.isBefore(end) && to.isAfter(start);
  }

  /** "2030-03-04 08:00—2030-03-08 18:00（会议系统改造）" for messages and pages. */
  public String label() {
    return DAY_TIME.format(from) + "—" + DAY_TIME.format(to) + "（" + reason + "）";
  }
}
