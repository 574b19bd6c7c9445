package cn.gov.agency.meeting.web;

/** A record that does not exist, or that the user may not know exists: both answer 404. */
public class NoSuchRecordException extends RuntimeException {

  public NoSuchRecordException(String what) {
    super(what);
  }
}
