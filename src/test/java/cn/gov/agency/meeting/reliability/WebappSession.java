package cn.gov.agency.meeting.reliability;

import cn.gov.agency.meeting.support.RestClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A person logged in to Tasklist, as the browser is: the webapps' session cookie and their CSRF
 * token (cookie {@code XSRF-TOKEN}, sent back as header {@code X-XSRF-TOKEN}) on every request to
 * {@code /camunda/api/...}. Cookies are kept by hand, as a browser keeps Secure cookies on
 * http://localhost.
 */
final class WebappSession {

  static final String ENGINE_API = "/camunda/api/engine/engine/default";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String TOKEN_HEADER = "X-XSRF-TOKEN";

  private final int port;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String token;

  private WebappSession(int port) {
    this.port = port;
  }

  /** Logs in to Tasklist with the demo password; fails the test if the webapps refuse. */
  static WebappSession login(String userId, int port) {
    WebappSession session = new WebappSession(port);
    session.get("/camunda/api/engine/engine/");
    String form = "username=" + userId + "&password=demo";
    HttpResponse<String> login = session.exchange(session.request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (login.statusCode() != 200) {
      throw new IllegalStateException("Tasklist login of " + userId + " → " + login.statusCode() + " " + login.body());
    }
    session.get("/camunda/api/engine/engine/"); // the token of the session the login started
    return session;
  }

  RestClient.Response get(String path) {
    HttpResponse<String> response = exchange(request(path).GET());
    return new RestClient.Response(response.statusCode(), response.body());
  }

  RestClient.Response post(String path, Object body) {
    try {
      HttpResponse<String> response = exchange(request(path).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
      return new RestClient.Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json");
    if (token != null) {
      builder.header(TOKEN_HEADER, token);
    }
    return builder;
  }

  private HttpResponse<String> exchange(HttpRequest.Builder builder) {
    if (!cookies.isEmpty()) {
      builder.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
          .collect(Collectors.joining("; ")));
    }
    try {
      HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      response.headers().allValues("Set-Cookie").forEach(cookie -> {
        String pair = cookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        String name = pair.substring(0, equals).trim();
        cookies.put(name, pair.substring(equals + 1).trim());
        if (name.equals("XSRF-TOKEN")) {
          token = cookies.get(name);
        }
      });
      response.headers().firstValue(TOKEN_HEADER).ifPresent(value -> token = value);
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
