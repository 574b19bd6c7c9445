package cn.gov.agency.meeting.notice;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The iCalendar invitation (RFC 5545, METHOD:REQUEST) attached to the notice e-mail as invite.ics,
 * so the meeting lands in the participant's calendar; its update (METHOD:REQUEST, same UID, higher
 * sequence) attached to the move mail, so it moves there; and its cancellation (METHOD:CANCEL, same
 * UID) attached to the cancellation mail, so it leaves it again. Written by hand: one event, a fixed zone
 * (Asia/Shanghai has no daylight saving), text escaped and lines folded at 75 octets.
 */
final class InviteCalendar {

  static final String TIME_ZONE = "Asia/Shanghai";
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);
  private static final int MAX_OCTETS = 75;
  private static final String CRLF = "\r\n";

  /** What the invitation says; {@code uid} is the same for every mail about the meeting. */
  record Invite(String uid, LocalDateTime start, LocalDateTime end, String summary, String location,
      String description, String organizerName, String organizerEmail, String attendeeName,
      String attendeeEmail, Instant stamp) {}

  private InviteCalendar() {}

  /** Stable per meeting, so a later mail about the meeting updates or cancels the same calendar entry. */
  static String uid(long meetingId, String publicBaseUrl) {
    return "meeting-" + meetingId + "@" + URI.create(publicBaseUrl).getHost().toLowerCase(Locale.ROOT);
  }

  static String write(Invite invite) {
    return write(invite, "REQUEST", 0, "CONFIRMED");
  }

  /**
   * The same entry at new times (a moved meeting): same UID, METHOD:REQUEST with a higher sequence,
   * so calendars move the entry instead of adding another.
   */
  static String update(Invite invite, int sequence) {
    return write(invite, "REQUEST", sequence, "CONFIRMED");
  }

  /** The cancellation of the entry {@link #write} made: same UID, a sequence above every earlier one. */
  static String cancel(Invite invite, int sequence) {
    return write(invite, "CANCEL", sequence, "CANCELLED");
  }

  private static String write(Invite invite, String method, int sequence, String status) {
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "PRODID:-//agency.gov.cn//meeting-affairs//ZH");
    line(out, "VERSION:2.0");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:" + method);
    line(out, "BEGIN:VTIMEZONE");
    line(out, "TZID:" + TIME_ZONE);
    line(out, "BEGIN:STANDARD");
    line(out, "DTSTART:19700101T000000");
    line(out, "TZOFFSETFROM:+0800");
    line(out, "TZOFFSETTO:+0800");
    line(out, "TZNAME:CST");
    line(out, "END:STANDARD");
    line(out, "END:VTIMEZONE");
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + text(invite.uid()));
    line(out, "DTSTAMP:" + UTC.format(invite.stamp()));
    line(out, "DTSTART;TZID=" + TIME_ZONE + ":" + LOCAL.format(invite.start()));
    line(out, "DTEND;TZID=" + TIME_ZONE + ":" + LOCAL.format(invite.end()));
    line(out, "SUMMARY:" + text(invite.summary()));
    line(out, "LOCATION:" + text(invite.location()));
    line(out, "DESCRIPTION:" + text(invite.description()));
    line(out, "ORGANIZER;CN=" + parameter(invite.organizerName()) + ":mailto:" + invite.organizerEmail());
    line(out, "ATTENDEE;CN=" + parameter(invite.attendeeName())
        + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:" + invite.attendeeEmail());
    line(out, "SEQUENCE:" + sequence);
    line(out, "STATUS:" + status);
    line(out, "END:VEVENT");
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped. */
  static String text(String value) {
    if (value == null) {
      return "";
    }
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
  }

  /** A parameter value (3.2): quoted, as it may hold ':' ';' ','; DQUOTE and controls cannot appear in it. */
  static String parameter(String value) {
    return "\"" + (value == null ? "" : value.replaceAll("[\"\\p{Cntrl}]", "")) + "\"";
  }

  /** Folds a content line (3.1) after at most 75 octets, never inside a UTF-8 character. */
  private static void line(StringBuilder out, String content) {
    int octets = 0;
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > MAX_OCTETS) {
        out.append(CRLF).append(' ');
        // The leading space of a continuation line counts towards its 75 octets.
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    out.append(CRLF);
  }
}
