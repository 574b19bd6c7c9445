package cn.gov.agency.meeting.audit;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The Chinese names of the tables and columns the change log speaks of (audit/record-labels.properties). */
@Component
class RecordLabels {

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

  /** Which row of a table with many rows per meeting ("" for the meeting's own record). */
  String record(String table, String recordId) {
    return "meeting".equals(table) || recordId == null || recordId.isEmpty() ? "" : "[" + recordId + "] ";
  }
}
