package cn.gov.agency.meeting.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** A task at or above {@code meeting.notification.urgent-priority} is urgent: it also goes out by SMS. */
@Component
class Urgency {

  private final int threshold;

  Urgency(@Value("${meeting.notification.urgent-priority:80}") int threshold) {
    this.threshold = threshold;
  }

  boolean of(NewTask task) {
    return task.priority() >= threshold;
  }
}
