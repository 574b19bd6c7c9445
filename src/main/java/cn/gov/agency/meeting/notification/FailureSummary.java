package cn.gov.agency.meeting.notification;

import java.util.ArrayList;
import java.util.List;
import org.springframework.mail.MailSendException;

/**
 * Why a message did not go out, fit for logs and ledgers: the exception types down to the root
 * cause, without their messages, because mail servers and gateways put addresses and numbers there.
 */
public final class FailureSummary {

  private static final int MAX_CAUSES = 5;

  private FailureSummary() {}

  public static String of(Throwable e) {
    List<String> types = new ArrayList<>();
    for (Throwable t = e; t != null && types.size() < MAX_CAUSES; t = causeOf(t)) {
      types.add(t.getClass().getName());
    }
    return String.join(" <- ", types);
  }

  private static Throwable causeOf(Throwable t) {
    if (t.getCause() == null && t instanceof MailSendException send && send.getMessageExceptions().length > 0) {
      return send.getMessageExceptions()[0];
    }
    return t.getCause() == t ? null : t.getCause();
  }
}
