package cn.gov.agency.meeting.reliability;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SMTP server the application nodes send to, in the test's JVM on a fixed port so that it can
 * be taken down (the channel is unreachable: connection refused) and brought back on the same
 * address. What it received survives an outage: {@link #received()} keeps every message.
 */
final class NodeMail implements AutoCloseable {

  private final int port = NodeProcess.freePort();
  private final List<Mail> earlier = new ArrayList<>();
  private GreenMail server;

  NodeMail() {
    up();
  }

  int port() {
    return port;
  }

  synchronized void up() {
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  synchronized void down() {
    earlier.addAll(current());
    server.stop();
    server = null;
  }

  /** One entry per received message and recipient. */
  synchronized List<Mail> received() {
    List<Mail> all = new ArrayList<>(earlier);
    if (server != null) {
      all.addAll(current());
    }
    return all;
  }

  /** How often each recipient got each subject; more than one is a notice sent twice. */
  Map<Mail, Integer> countsPerRecipientAndSubject() {
    Map<Mail, Integer> counts = new HashMap<>();
    received().forEach(mail -> counts.merge(mail, 1, Integer::sum));
    return counts;
  }

  private List<Mail> current() {
    List<Mail> mails = new ArrayList<>();
    try {
      for (MimeMessage message : server.getReceivedMessages()) {
        for (Address to : message.getAllRecipients()) {
          mails.add(new Mail(to.toString(), message.getSubject()));
        }
      }
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
    return mails;
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop();
    }
  }

  record Mail(String to, String subject) {}
}
