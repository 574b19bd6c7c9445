package cn.gov.agency.meeting.lifecycle;

/** The meeting is in a state (held, archived, cancelled) or a room conflict that forbids the change: HTTP 409. */
public class MeetingChangeRefused extends RuntimeException {

  public MeetingChangeRefused(String message) {
    super(message);
  }
}
