package cn.gov.agency.meeting.reliability;

import cn.gov.agency.meeting.support.RestClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Requests {@link RestClient} does not send: any method with raw bytes, any password, and form
 * posts as a browser sends them (its Accept header, its cookies, following the redirect).
 */
final class HardeningHttp {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
  private static final int MAX_REDIRECTS = 3;

  private final HttpClient http;
  private final int port;
  private final String authorization;
  /** Cookie name → value; null: none kept. */
  private final Map<String, String> cookies;

  private HardeningHttp(HttpClient http, int port, String authorization, Map<String, String> cookies) {
    this.http = http;
    this.port = port;
    this.authorization = authorization;
    this.cookies = cookies;
  }

  static HardeningHttp as(String userId, String password, int port) {
    return new HardeningHttp(HTTP, port, basic(userId, password), null);
  }

  /**
   * A browser of its own: its session cookie carries a page's flash message across the redirect.
   * Kept by hand, as a browser keeps a Secure cookie on http://localhost (java.net's cookie store
   * would drop it).
   */
  static HardeningHttp browser(String userId, int port) {
    return new HardeningHttp(HTTP, port, basic(userId, "demo"), new LinkedHashMap<>());
  }

  private static String basic(String userId, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * An HTML form post; a redirect is followed as the browser would (GET, same cookies), so the
   * answer is the page the person finally sees. {@code hops} lists every status on the way.
   */
  FormAnswer postForm(String path, List<Map.Entry<String, String>> fields) {
    String body = fields.stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    List<Integer> hops = new ArrayList<>();
    HttpResponse<String> answer = exchange(request(path).setHeader("Accept", BROWSER_ACCEPT)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    hops.add(answer.statusCode());
    for (int i = 0; i < MAX_REDIRECTS && answer.statusCode() / 100 == 3; i++) {
      URI next = answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow());
      answer = exchange(request(next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()))
          .setHeader("Accept", BROWSER_ACCEPT).GET());
      hops.add(answer.statusCode());
    }
    return new FormAnswer(answer.statusCode(), answer.body(), hops,
        answer.headers().firstValue("Content-Type").orElse(""));
  }

  /** The page (or problem) a form post ends on. */
  record FormAnswer(int status, String body, List<Integer> hops, String contentType) {
    boolean isJson() {
      return contentType.contains("json");
    }
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

  private RestClient.Response send(HttpRequest.Builder builder) {
    HttpResponse<String> response = exchange(builder);
    return new RestClient.Response(response.statusCode(), response.body());
  }

  private HttpResponse<String> exchange(HttpRequest.Builder builder) {
    if (cookies != null && !cookies.isEmpty()) {
      builder.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
          .collect(Collectors.joining("; ")));
    }
    try {
      HttpResponse<String> response = http.send(builder.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (cookies != null) {
        response.headers().allValues("Set-Cookie").forEach(cookie -> {
          String pair = cookie.split(";", 2)[0];
          cookies.put(pair.substring(0, pair.indexOf('=')).trim(), pair.substring(pair.indexOf('=') + 1).trim());
        });
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
