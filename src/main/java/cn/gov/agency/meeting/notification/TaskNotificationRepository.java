package cn.gov.agency.meeting.notification;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The ledger of reminders: which person was told about which task on which channel, and how it went. */
@Repository
class TaskNotificationRepository {

  private static final int MAX_FAILURE = 500;

  private final JdbcTemplate jdbc;

  TaskNotificationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records the reminder unless it is already recorded, and says whether it was new. Checked in the
   * statement rather than left to the unique constraint: on PostgreSQL a violated constraint would
   * abort the whole engine transaction that is creating the task.
   */
  boolean claim(Reminder reminder, LocalDateTime now) {
    String taskId = reminder.task().taskId();
    String channel = reminder.channel().name();
    String occasion = reminder.task().occasion().name();
    return jdbc.update("""
        insert into task_notification (task_id, user_id, channel, occasion, created_at)
        select cast(? as varchar(64)), cast(? as varchar(64)), cast(? as varchar(10)), cast(? as varchar(10)),
               cast(? as timestamp)
         where not exists (select 1 from task_notification
                            where task_id = ? and user_id = ? and channel = ? and occasion = ?)
        """, taskId, reminder.userId(), channel, occasion, Timestamp.valueOf(now),
        taskId, reminder.userId(), channel, occasion) == 1;
  }

  void markSent(Reminder reminder, LocalDateTime now) {
    jdbc.update("""
        update task_notification set sent_at = ?, failure = null
         where task_id = ? and user_id = ? and channel = ? and occasion = ?
        """, Timestamp.valueOf(now), reminder.task().taskId(), reminder.userId(), reminder.channel().name(),
        reminder.task().occasion().name());
  }

  void markFailed(Reminder reminder, String failure) {
    jdbc.update("update task_notification set failure = ? where task_id = ? and user_id = ? and channel = ? and occasion = ?",
        failure.length() > MAX_FAILURE ? failure.substring(0, MAX_FAILURE) : failure,
        reminder.task().taskId(), reminder.userId(), reminder.channel().name(), reminder.task().occasion().name());
  }
}
