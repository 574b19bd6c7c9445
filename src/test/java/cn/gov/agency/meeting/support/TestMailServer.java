package cn.gov.agency.meeting.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * The SMTP server of the integration tests: one in-process GreenMail for the shared application,
 * so every mail the application sends (reminders, notices with their invitations) can be read back.
 */
public final class TestMailServer {

  private static final GreenMail SERVER = startedOnAFreePort();

  private TestMailServer() {}

  /**
   * A GreenMail SMTP server, started, on a port nobody uses. Process tests keep one for their
   * whole run: the cached application context keeps pointing at its port.
   */
  public static GreenMail startedOnAFreePort() {
    GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    server.start();
    return server;
  }

  static int port() {
    return SERVER.getSmtp().getPort();
  }

  /** Every message received so far for {@code address}. */
  public static List<MimeMessage> messagesTo(String address) {
    return Arrays.stream(SERVER.getReceivedMessages()).filter(message -> {
      try {
        return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }
}
