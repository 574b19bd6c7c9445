package cn.gov.agency.meeting.notification;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServerError;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import cn.gov.agency.meeting.message.SmsMessage;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

class HttpSmsGatewayTest {

  private static final String URL = "https://sms.agency.example/send";
  private final RestClient.Builder builder = RestClient.builder();
  private final MockRestServiceServer gateway = MockRestServiceServer.bindTo(builder).build();
  private final SmsMessage message = new SmsMessage("task-1", "qianjun", "13800000002", "【会务管理系统】紧急待办");

  @Test
  void postsPhoneAndTextAsJson() {
    gateway.expect(requestTo(URL)).andExpect(method(HttpMethod.POST))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(content().json("{\"phone\":\"13800000002\",\"text\":\"【会务管理系统】紧急待办\"}", true))
        .andRespond(withSuccess());

    new HttpSmsGateway(builder.build(), URL).send(message);

    gateway.verify();
  }

  @Test
  void aRefusingGatewayIsAFailure() {
    gateway.expect(requestTo(URL)).andRespond(withServerError());

    assertThatThrownBy(() -> new HttpSmsGateway(builder.build(), URL).send(message))
        .isInstanceOf(RestClientException.class);
  }
}
