package cn.gov.agency.meeting.lifecycle;

import cn.gov.agency.meeting.meeting.MeetingKey;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Instances started before the business key read "会议12" carry the bare meeting id ("12"); every
 * lookup now asks for {@link MeetingKey#of}, so on start they are given it, running and finished
 * alike (a finished meeting's trail gathers its instances by the key). The engine's API cannot
 * change a business key afterwards, hence its tables directly, row by row and only where the key
 * still is the bare number, so that nodes starting together do no harm. Nothing to do once done.
 */
@Component
class LegacyMeetingKeys {

  private static final Logger LOG = LoggerFactory.getLogger(LegacyMeetingKeys.class);
  private static final List<String> TABLES = List.of("ACT_RU_EXECUTION", "ACT_HI_PROCINST");

  private final JdbcTemplate jdbc;

  LegacyMeetingKeys(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener(ApplicationReadyEvent.class)
  void rekey() {
    for (String table : TABLES) {
      int changed = 0;
      // digits only cannot be said in SQL both databases share: the other keys are left out here
      List<Map<String, Object>> rows = jdbc.queryForList("select ID_, BUSINESS_KEY_ from " + table
          + " where BUSINESS_KEY_ is not null and BUSINESS_KEY_ not like ? and BUSINESS_KEY_ not like ?"
          + " and BUSINESS_KEY_ not like ?", MeetingKey.PREFIX + "%", "adhoc-%", "plan-%");
      for (Map<String, Object> row : rows) {
        String key = (String) row.get("BUSINESS_KEY_");
        if (key.matches("\\d{1,18}")) {
          changed += jdbc.update("update " + table + " set BUSINESS_KEY_ = ? where ID_ = ? and BUSINESS_KEY_ = ?",
              MeetingKey.of(Long.parseLong(key)), row.get("ID_"), key);
        }
      }
      if (changed > 0) {
        LOG.info("{} rows of {} now carry the business key 会议<id> instead of the bare meeting id", changed, table);
      }
    }
  }
}
