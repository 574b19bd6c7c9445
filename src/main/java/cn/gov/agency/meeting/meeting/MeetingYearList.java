package cn.gov.agency.meeting.meeting;

import cn.gov.agency.meeting.meeting.MeetingRepository.YearRow;
import cn.gov.agency.meeting.security.CurrentUser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * A year's meetings by page, as one reader may see them (R5.2). Whether a row is listed at all
 * depends on the reader only for a confidential meeting that is called off or has no time (an
 * outsider learns nothing from it) or when a department is chosen (an outsider's 占用 row has no
 * department): only those rows are judged by {@link MeetingAccess} before paging; the page's own
 * rows are loaded in one statement and shown as {@link MeetingAccess#listedByTime} says.
 */
@Service
class MeetingYearList {

  private final MeetingRepository meetings;
  private final MeetingAccess access;

  MeetingYearList(MeetingRepository meetings, MeetingAccess access) {
    this.meetings = meetings;
    this.access = access;
  }

  MeetingPage page(int year, String department, CurrentUser reader, int page, int size) {
    List<YearRow> listed = meetings.yearRows(year, department).stream()
        .filter(row -> !row.confidential() || !(department != null || row.cancelledOrUntimed()) || knows(reader, row))
        .toList();
    int pages = Math.max(1, (listed.size() + size - 1) / size);
    int current = Math.min(Math.max(page, 1), pages);
    List<Long> ids = listed.subList(Math.min((current - 1) * size, listed.size()),
        Math.min(current * size, listed.size())).stream().map(YearRow::id).toList();
    Map<Long, MeetingRecord> records = meetings.findAll(ids).stream()
        .collect(Collectors.toMap(MeetingRecord::id, Function.identity()));
    List<MeetingView> views = ids.stream().map(records::get)
        .map(m -> access.listedByTime(reader, m)).flatMap(Optional::stream).toList();
    return new MeetingPage(views, current, pages, listed.size(), size);
  }

  private boolean knows(CurrentUser reader, YearRow row) {
    return meetings.find(row.id()).map(m -> !access.isOutsider(reader, m)).orElse(false);
  }
}
