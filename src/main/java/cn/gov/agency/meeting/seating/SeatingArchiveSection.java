package cn.gov.agency.meeting.seating;

import cn.gov.agency.meeting.archive.ArchiveSection;
import cn.gov.agency.meeting.archive.ArchiveWriter;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The final seat chart with its name cards, as printed; a draft never was the record. */
@Component
class SeatingArchiveSection implements ArchiveSection {

  private final SeatingService seating;
  private final SeatingDocuments documents;

  SeatingArchiveSection(SeatingService seating, SeatingDocuments documents) {
    this.seating = seating;
    this.documents = documents;
  }

  @Override
  public int order() {
    return 55;
  }

  @Override
  public String title() {
    return "座次表与桌签";
  }

  /** Only meetings with a rostrum had a chart, and only its final version was printed. */
  @Override
  public boolean appliesTo(MeetingRecord meeting) {
    return finalChart(meeting).isPresent();
  }

  @Override
  public void write(MeetingRecord meeting, ArchiveWriter writer) {
    finalChart(meeting).ifPresent(chart -> writer.html("seating.html", "座次表与桌签（定稿）",
        documents.print(meeting, chart)));
  }

  private Optional<SeatChart> finalChart(MeetingRecord meeting) {
    return seating.chart(meeting.id()).filter(chart -> chart.status() == ChartStatus.FINAL);
  }
}
