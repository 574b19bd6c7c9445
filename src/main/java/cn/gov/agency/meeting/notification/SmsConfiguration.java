package cn.gov.agency.meeting.notification;

import cn.gov.agency.meeting.message.SmsGateway;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** {@code meeting.notification.sms.mode}: {@code log} (default) or {@code http} with {@code sms.url}. */
@Configuration
class SmsConfiguration {

  private static final String MODE = "meeting.notification.sms.mode";

  @Bean
  @ConditionalOnProperty(name = MODE, havingValue = "http")
  SmsGateway httpSmsGateway(RestClient.Builder builder, @Value("${meeting.notification.sms.url:}") String url) {
    if (url.isBlank()) {
      throw new IllegalStateException(MODE + "=http needs meeting.notification.sms.url");
    }
    // Sending runs on the thread that completed the task: a hanging gateway must not hold it long.
    SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
    requests.setConnectTimeout(Duration.ofSeconds(5));
    requests.setReadTimeout(Duration.ofSeconds(10));
    return new HttpSmsGateway(builder.requestFactory(requests).build(), url);
  }

  @Bean
  @ConditionalOnProperty(name = MODE, havingValue = "log", matchIfMissing = true)
  SmsGateway loggingSmsGateway() {
    return new LoggingSmsGateway();
  }
}
