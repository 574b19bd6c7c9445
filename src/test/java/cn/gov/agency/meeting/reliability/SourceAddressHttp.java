package cn.gov.agency.meeting.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Logins from a chosen loopback source address. Linux answers every 127.0.0.0/8 destination from
 * 127.0.0.1 (the loopback route's {@code src}), so connecting to 127.0.0.2 is not enough: each
 * socket is bound to the source address before it connects (java.net.http cannot bind on Java 17).
 * One plain HTTP/1.1 exchange per connection ({@code Connection: close}).
 */
final class SourceAddressHttp {

  private final String sourceAddress;
  private final int port;

  SourceAddressHttp(String sourceAddress, int port) {
    this.sourceAddress = sourceAddress;
    this.port = port;
  }

  /** HTTP Basic on a GET of {@code path} (/engine-rest, /api and /app take it): the status. */
  int basic(String path, String user, String password) {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return exchange("GET", path, Map.of("Authorization", "Basic " + token), null).status();
  }

  /** The webapps' login form (Tasklist), with a fresh session and its CSRF token: the status. */
  int tasklist(String user, String password) {
    Answer first = exchange("GET", "/camunda/api/engine/engine/", Map.of(), null);
    Map<String, String> headers = new LinkedHashMap<>();
    String cookies = String.join("; ", first.cookies());
    if (!cookies.isEmpty()) {
      headers.put("Cookie", cookies);
    }
    first.header("X-XSRF-TOKEN").ifPresent(token -> headers.put("X-XSRF-TOKEN", token));
    headers.put("Content-Type", "application/x-www-form-urlencoded");
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return exchange("POST", "/camunda/api/admin/auth/user/default/login/tasklist", headers,
        form.getBytes(StandardCharsets.UTF_8)).status();
  }

  /** One response: status and header lines (body not needed). */
  record Answer(int status, List<String> headerLines) {
    Optional<String> header(String name) {
      return headerLines.stream().filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
          .map(line -> line.substring(name.length() + 1).trim()).findFirst();
    }

    List<String> cookies() {
      return headerLines.stream().filter(line -> line.regionMatches(true, 0, "Set-Cookie:", 0, 11))
          .map(line -> line.substring(11).trim().split(";", 2)[0]).toList();
    }
  }

  private Answer exchange(String method, String path, Map<String, String> headers, byte[] body) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(sourceAddress, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(30_000);
      StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port
          + "\r\nAccept: application/json\r\nConnection: close\r\n");
      headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
      if (body != null) {
        request.append("Content-Length: ").append(body.length).append("\r\n");
      }
      request.append("\r\n");
      socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
      if (body != null) {
        socket.getOutputStream().write(body);
      }
      socket.getOutputStream().flush();
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      String head = response.split("\r\n\r\n", 2)[0];
      List<String> lines = new ArrayList<>(List.of(head.split("\r\n")));
      int status = Integer.parseInt(lines.remove(0).split(" ")[1]);
      return new Answer(status, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
