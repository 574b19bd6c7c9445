package cn.gov.agency.meeting.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends reminders whose task has been committed and notes the outcome in the ledger. Runs inside
 * the committed transaction's after-commit callback, so it never throws: the task exists whatever
 * happens to its reminder, and the person who completed the previous step must not see an error.
 */
@Component
class ReminderDelivery {

  private static final Logger log = LoggerFactory.getLogger(ReminderDelivery.class);

  private final NewTaskMessages messages;
  private final TaskNotificationRepository ledger;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  /**
   * Lazy: the messages ask MeetingAccess, which reaches the engine's identity service, while this
   * bean is wired into the engine's own configuration (the task listener); they are needed only
   * once a transaction has committed.
   */
  ReminderDelivery(@Lazy NewTaskMessages messages, TaskNotificationRepository ledger,
      PlatformTransactionManager transactions, Clock clock) {
    this.messages = messages;
    this.ledger = ledger;
    // After commit the finished transaction's connection is still bound to the thread; writing
    // through it would be lost. The outcome needs a transaction of its own.
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  void deliver(List<Reminder> reminders) {
    for (Reminder reminder : reminders) {
      String failure = send(reminder);
      try {
        ownTransaction.executeWithoutResult(status -> {
          if (failure == null) {
            ledger.markSent(reminder, LocalDateTime.now(clock));
          } else {
            ledger.markFailed(reminder, failure);
          }
        });
      } catch (RuntimeException e) {
        log.warn("新待办提醒结果无法记录 could not record reminder outcome: task={} user={} channel={}: {}",
            reminder.task().taskId(), reminder.userId(), reminder.channel(), FailureSummary.of(e));
      }
    }
  }

  /** Null when sent, else what went wrong. */
  private String send(Reminder reminder) {
    try {
      messages.send(reminder);
      return null;
    } catch (RuntimeException e) {
      String failure = FailureSummary.of(e);
      log.warn("新待办提醒发送失败 reminder not sent: task={} user={} channel={}: {}",
          reminder.task().taskId(), reminder.userId(), reminder.channel(), failure);
      return failure;
    }
  }
}
