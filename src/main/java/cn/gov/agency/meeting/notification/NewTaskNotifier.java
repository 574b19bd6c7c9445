package cn.gov.agency.meeting.notification;

import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who is told about a task that reached them, and how: e-mail unless they turned it off, SMS as
 * well when the task is urgent, never the person who caused the task, never twice for the same
 * task, person and channel. The decision is recorded in the transaction that creates the task;
 * the reminders go out only once that transaction has committed.
 */
@Service
public class NewTaskNotifier {

  private static final Logger log = LoggerFactory.getLogger(NewTaskNotifier.class);

  private final OrganisationDirectory directory;
  private final NotificationPreferences preferences;
  private final TaskNotificationRepository ledger;
  private final ReminderDelivery delivery;
  private final Urgency urgency;
  private final Clock clock;
  private final boolean emailEnabled;

  NewTaskNotifier(OrganisationDirectory directory, NotificationPreferences preferences,
      TaskNotificationRepository ledger, ReminderDelivery delivery, Urgency urgency, Clock clock,
      @Value("${meeting.notification.email-enabled:true}") boolean emailEnabled) {
    this.directory = directory;
    this.preferences = preferences;
    this.ledger = ledger;
    this.delivery = delivery;
    this.urgency = urgency;
    this.clock = clock;
    this.emailEnabled = emailEnabled;
  }

  /** {@code causedBy} is the logged-in user whose action created or assigned the task, or null. */
  public void taskReached(NewTask task, Collection<String> recipientIds, String causedBy) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      // Without a transaction to follow, a reminder could announce a task that is then rolled back.
      log.debug("No transaction synchronization active, no reminder for task {}", task.taskId());
      return;
    }
    LocalDateTime now = LocalDateTime.now(clock);
    List<Reminder> claimed = new ArrayList<>();
    for (String userId : new LinkedHashSet<>(recipientIds)) {
      if (userId.equals(causedBy)) {
        continue;
      }
      for (Reminder reminder : remindersFor(task, userId)) {
        if (ledger.claim(reminder, now)) {
          claimed.add(reminder);
        }
      }
    }
    if (!claimed.isEmpty()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          delivery.deliver(claimed);
        }
      });
    }
  }

  private List<Reminder> remindersFor(NewTask task, String userId) {
    Optional<Person> person = directory.person(userId);
    if (person.isEmpty()) {
      // A Camunda user the organisation does not know (or no longer does): no address to use.
      return List.of();
    }
    String name = person.get().fullName();
    List<Reminder> reminders = new ArrayList<>(2);
    String email = person.get().email();
    if (emailEnabled && email != null && !email.isBlank() && preferences.emailEnabled(userId)) {
      reminders.add(new Reminder(task, userId, name, Channel.EMAIL, email));
    }
    if (urgency.of(task)) {
      directory.phoneOf(userId).ifPresent(phone -> reminders.add(new Reminder(task, userId, name, Channel.SMS, phone)));
    }
    return reminders;
  }
}
