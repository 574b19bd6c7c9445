package cn.gov.agency.meeting.audit;

import cn.gov.agency.meeting.meeting.MeetingChanged;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes what changed in a meeting record to the change log: the repository hands over the record
 * before and after an update, this compares the fields an auditor follows. The one who changed it is
 * whoever the engine knows as acting (the web request's user, or the user completing the task whose
 * step ran); a timer or retried job acts as "system".
 */
@Component
public class MeetingRecordChanges {

  static final String TABLE = "meeting";

  private static final Map<String, Function<MeetingRecord, Object>> FIELDS = new LinkedHashMap<>();
  private static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    field("place", "地点", MeetingRecord::place);
    field("status", "状态", MeetingRecord::status);
    field("plannedStart", "开始时间", MeetingRecord::plannedStart);
    field("plannedEnd", "结束时间", MeetingRecord::plannedEnd);
    field("expectedParticipants", "参会人数", MeetingRecord::expectedParticipants);
    field("important", "重要会议", MeetingRecord::important);
    field("needsCatering", "安排用餐", MeetingRecord::needsCatering);
    field("needsAccommodation", "安排住宿", MeetingRecord::needsAccommodation);
    field("confidential", "涉密会议", MeetingRecord::confidential);
    field("filingNumber", "备案号", MeetingRecord::filingNumber);
  }

  private final RecordChangeLog log;
  // Lazily: the engine's plugins reach repositories that write here, the engine must not be needed to build them.
  private final ObjectProvider<IdentityService> identity;

  MeetingRecordChanges(RecordChangeLog log, ObjectProvider<IdentityService> identity) {
    this.log = log;
    this.identity = identity;
  }

  /** Every update of a meeting record, in its transaction (MeetingRepository publishes them). */
  @EventListener
  void on(MeetingChanged change) {
    record(change.before(), change.after());
  }

  public void record(MeetingRecord before, MeetingRecord after) {
    String actor = actor();
    FIELDS.forEach((field, value) ->
        log.append(TABLE, after.id(), field, value.apply(before), value.apply(after), actor));
  }

  /** The Chinese name of a field of the meeting record, or the field itself. */
  static String label(String field) {
    return LABELS.getOrDefault(field, field);
  }

  private String actor() {
    Authentication authentication = identity.getObject().getCurrentAuthentication();
    return authentication == null ? "system" : authentication.getUserId();
  }

  private static void field(String name, String label, Function<MeetingRecord, Object> value) {
    FIELDS.put(name, value);
    LABELS.put(name, label);
  }
}
