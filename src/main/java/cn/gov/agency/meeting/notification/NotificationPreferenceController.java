package cn.gov.agency.meeting.notification;

import cn.gov.agency.meeting.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The logged-in person's own reminder settings; nobody changes another person's. */
@RestController
@RequestMapping("/api/notifications/preferences")
class NotificationPreferenceController {

  private final NotificationPreferences preferences;

  NotificationPreferenceController(NotificationPreferences preferences) {
    this.preferences = preferences;
  }

  @GetMapping
  NotificationSettings get(CurrentUser user) {
    return new NotificationSettings(preferences.emailEnabled(user.userId()));
  }

  @PutMapping
  NotificationSettings put(CurrentUser user, @RequestBody NotificationSettings settings) {
    preferences.change(user.userId(), settings);
    return get(user);
  }
}
