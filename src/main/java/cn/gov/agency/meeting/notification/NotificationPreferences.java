package cn.gov.agency.meeting.notification;

import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import cn.gov.agency.meeting.web.NoSuchRecordException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's own choice whether reminders come by e-mail. E-mail is on until they turn it off. */
@Service
public class NotificationPreferences {

  private final JdbcTemplate jdbc;
  private final OrganisationDirectory directory;

  public NotificationPreferences(JdbcTemplate jdbc, OrganisationDirectory directory) {
    this.jdbc = jdbc;
    this.directory = directory;
  }

  public boolean emailEnabled(String userId) {
    return jdbc.queryForList("select email_enabled from notification_preference where user_id = ?",
        Boolean.class, userId).stream().findFirst().orElse(true);
  }

  @Transactional
  public void change(String userId, NotificationSettings settings) {
    if (settings.emailEnabled() == null) {
      throw InvalidInputException.of("通知设置",
          new Violation("emailEnabled", "邮件提醒", "required", "必须填写 true 或 false"));
    }
    if (directory.person(userId).isEmpty()) {
      throw new NoSuchRecordException("person " + userId);
    }
    if (jdbc.update("update notification_preference set email_enabled = ? where user_id = ?",
        settings.emailEnabled(), userId) == 0) {
      jdbc.update("insert into notification_preference (user_id, email_enabled) values (?, ?)",
          userId, settings.emailEnabled());
    }
  }
}
