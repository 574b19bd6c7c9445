package cn.gov.agency.meeting.seating;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The printable chart and name cards (A4) from templates/seating/print.ftlh: the same document the
 * office prints and the archive keeps, so both show exactly the final version.
 */
@Component
class SeatingDocuments {

  static final String PRINT_TEMPLATE = "seating/print.ftlh";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private final Configuration freemarker;

  SeatingDocuments(Configuration freemarker) {
    this.freemarker = freemarker;
  }

  /** What the print template needs; the controller hands the same model to the page view. */
  static Map<String, Object> printModel(MeetingRecord meeting, SeatChart chart) {
    return Map.of("meetingTitle", meeting.title(),
        "meetingTime", meeting.plannedStart() == null ? "" : TIME.format(meeting.plannedStart()),
        "place", meeting.place() == null ? "" : meeting.place(),
        "chart", chart);
  }

  String print(MeetingRecord meeting, SeatChart chart) {
    StringWriter out = new StringWriter();
    try {
      freemarker.getTemplate(PRINT_TEMPLATE).process(printModel(meeting, chart), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("seat chart template failed", e);
    }
    return out.toString();
  }
}
