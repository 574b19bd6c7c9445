package cn.gov.agency.meeting.notification;

import cn.gov.agency.meeting.message.SmsGateway;
import cn.gov.agency.meeting.message.SmsMessage;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The agency's SMS gateway over HTTP: POST {@code {"phone": ..., "text": ...}} as JSON; any non-2xx fails. */
class HttpSmsGateway implements SmsGateway {

  private final RestClient client;
  private final String url;

  HttpSmsGateway(RestClient client, String url) {
    this.client = client;
    this.url = url;
  }

  @Override
  public void send(SmsMessage message) {
    client.post().uri(url).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("phone", message.phone(), "text", message.text()))
        .retrieve().toBodilessEntity();
  }
}
