package cn.gov.agency.meeting.support;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Real SMTP (GreenMail) behind two switches: an outage, where the server refuses messages before
 * taking them, and a crash, where the application dies right after the server took one.
 */
public class OutageMailSender extends JavaMailSenderImpl {

  /** Messages the server still takes; after them it is "down" until this is raised again. */
  public final AtomicInteger allowance = new AtomicInteger(Integer.MAX_VALUE);
  /** Messages handed over normally; the application "dies" right after the next hand-over. */
  public final AtomicInteger handOversBeforeCrash = new AtomicInteger(Integer.MAX_VALUE);

  public static OutageMailSender on(GreenMail smtp) {
    OutageMailSender sender = new OutageMailSender();
    sender.setHost(smtp.getSmtp().getBindTo());
    sender.setPort(smtp.getSmtp().getPort());
    sender.setDefaultEncoding("UTF-8");
    return sender;
  }

  public void reset() {
    allowance.set(Integer.MAX_VALUE);
    handOversBeforeCrash.set(Integer.MAX_VALUE);
  }

  @Override
  protected void doSend(MimeMessage[] messages, Object[] originals) {
    if (allowance.getAndDecrement() <= 0) {
      allowance.set(0);
      throw new MailSendException("Connection refused: SMTP server down");
    }
    super.doSend(messages, originals);
    if (handOversBeforeCrash.getAndDecrement() <= 0) {
      // One crash: the "restarted" application sends normally.
      handOversBeforeCrash.set(Integer.MAX_VALUE);
      throw new SimulatedCrash();
    }
  }

  /**
   * Stands for kill -9 between the hand-over and the commit that records it: an Error, so no
   * {@code catch (RuntimeException)} of the application can treat it as a refused message.
   */
  public static class SimulatedCrash extends Error {
    SimulatedCrash() {
      super("simulated crash after the SMTP server took the message");
    }
  }
}
