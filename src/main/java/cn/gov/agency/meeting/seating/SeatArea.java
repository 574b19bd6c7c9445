package cn.gov.agency.meeting.seating;

public enum SeatArea {
  /** 主席台: one row, seats numbered from the audience's left. */
  ROSTRUM,
  /** 台下: rows by department, then guests. */
  AUDIENCE
}
