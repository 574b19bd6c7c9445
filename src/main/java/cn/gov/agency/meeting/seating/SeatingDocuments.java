package cn.gov.agency.meeting.seating;

import cn.gov.agency.meeting.document.DocumentTemplates;
import cn.gov.agency.meeting.meeting.MeetingRecord;
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

  private final DocumentTemplates templates;

  SeatingDocuments(DocumentTemplates templates) {
    this.templates = templates;
  }

  /** What the print template needs; the controller hands the same model to the page view. */
  static Map<String, Object> printModel(MeetingRecord meeting, SeatChart chart) {
    return Map.of("meetingTitle", meeting.title(),
        "meetingTime", meeting.plannedStart() == null ? "" : TIME.format(meeting.plannedStart()),
        "place", meeting.place() == null ? "" : meeting.place(),
        "chart", chart);
  }

  String print(MeetingRecord meeting, SeatChart chart) {
    return templates.render(PRINT_TEMPLATE, printModel(meeting, chart));
  }
}
