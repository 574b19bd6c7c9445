package cn.gov.agency.meeting.meetingtype;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/meeting-types")
class MeetingTypeController {

  private final MeetingTypeCatalogue catalogue;
  private final MeetingLeadTimesTable leadTimesTable;

  MeetingTypeController(MeetingTypeCatalogue catalogue, MeetingLeadTimesTable leadTimesTable) {
    this.catalogue = catalogue;
    this.leadTimesTable = leadTimesTable;
  }

  @GetMapping
  List<MeetingTypeView> list() {
    return catalogue.all().stream()
        .map(type -> new MeetingTypeView(type, leadTimesTable.leadTimes(type.code())))
        .toList();
  }

  record MeetingTypeView(MeetingType type, LeadTimes leadTimes) {}
}
