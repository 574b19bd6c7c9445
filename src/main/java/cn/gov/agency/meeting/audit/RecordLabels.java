package cn.gov.agency.meeting.audit;

import cn.gov.agency.meeting.meeting.MeetingStatus;
import cn.gov.agency.meeting.notice.Delivery.DeliveryStatus;
import cn.gov.agency.meeting.notice.NoticeStatus;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The Chinese names of the tables and columns the change log speaks of (audit/record-labels.properties). */
@Component
class RecordLabels {

  private static final Map<String, String> STATUS_LABELS = statusLabels();

  private final Properties labels = new Properties();

  RecordLabels() {
    try (Reader reader = new InputStreamReader(new ClassPathResource("audit/record-labels.properties").getInputStream(),
        StandardCharsets.UTF_8)) {
      labels.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String table(String table) {
    return labels.getProperty("table." + table, table);
  }

  String field(String table, String column) {
    if ("*".equals(column)) {
      return "删除记录";
    }
    return labels.getProperty(table + "." + column, labels.getProperty("column." + column, column));
  }

  /**
   * A changed value as people read it: 是/否 for a flag, the Chinese name of a status the application
   * keeps by its constant (APPROVED → 已批准), （空） for none; anything else as it was written.
   */
  String value(String value) {
    if (value == null) {
      return "（空）";
    }
    if ("true".equals(value) || "false".equals(value)) {
      return "true".equals(value) ? "是" : "否";
    }
    return STATUS_LABELS.getOrDefault(value, labels.getProperty("value." + value, value));
  }

  /** Which row of a table with many rows per meeting ("" for the meeting's own record). */
  String record(String table, String recordId) {
    return "meeting".equals(table) || recordId == null || recordId.isEmpty() ? "" : "[" + recordId + "] ";
  }

  private static Map<String, String> statusLabels() {
    Map<String, String> statuses = new HashMap<>();
    for (MeetingStatus status : MeetingStatus.values()) {
      statuses.putIfAbsent(status.name(), status.label());
    }
    for (NoticeStatus status : NoticeStatus.values()) {
      statuses.putIfAbsent(status.name(), status.label());
    }
    for (DeliveryStatus status : DeliveryStatus.values()) {
      statuses.putIfAbsent(status.name(), status.label());
    }
    return Map.copyOf(statuses);
  }
}
