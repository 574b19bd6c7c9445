package cn.gov.agency.meeting.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class FailureSummaryTest {

  @Test
  void aFailureIsSummarisedByTypesOnlyDownToTheRootCause() {
    var refused = new MailSendException("Mail server connection failed",
        new MessagingException("Couldn't connect to host", new ConnectException("Connection refused")));
    assertThat(FailureSummary.of(refused)).isEqualTo(
        "org.springframework.mail.MailSendException <- jakarta.mail.MessagingException <- java.net.ConnectException");
  }

  @Test
  void aRejectedRecipientIsNotNamed() {
    var rejected = new MailSendException(Map.of(new Object(),
        new SendFailedException("550 5.1.1 <qianjun@agency.example>: Recipient address rejected")));
    assertThat(FailureSummary.of(rejected))
        .isEqualTo("org.springframework.mail.MailSendException <- jakarta.mail.SendFailedException")
        .doesNotContain("qianjun");
  }
}
