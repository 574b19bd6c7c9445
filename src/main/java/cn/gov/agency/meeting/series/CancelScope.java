package cn.gov.agency.meeting.series;

/** Which occurrences a series cancellation calls off. */
public enum CancelScope {
  /** Only the occurrence named. */
  ONE,
  /** 这次及以后: the occurrence named and every later one; earlier ones stay. */
  THIS_AND_LATER
}
