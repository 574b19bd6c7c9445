package cn.gov.agency.meeting.reliability;

import cn.gov.agency.meeting.support.RestClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Requests {@link RestClient} does not send: any method with raw bytes, any password. */
final class HardeningHttp {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final int port;
  private final String authorization;

  private HardeningHttp(int port, String authorization) {
    this.port = port;
    this.authorization = authorization;
  }

  static HardeningHttp as(String userId, String password, int port) {
    return new HardeningHttp(port, "Basic " + Base64.getEncoder()
        .encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  RestClient.Response get(String path) {
    return send(request(path).GET());
  }

  RestClient.Response send(String method, String path, String contentType, byte[] body) {
    return send(request(path).header("Content-Type", contentType)
        .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "application/json")
        .header("Authorization", authorization);
  }

  private static RestClient.Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new RestClient.Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
