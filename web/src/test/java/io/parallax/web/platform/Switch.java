package io.parallax.web.platform;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A test's load balancer with a hand on the lever: forwards every request, unchanged, to the node
 * the test chose, so one browser session can be moved between nodes at an exact step. It answers on
 * the port the realm's redirect URIs name, as a balancer in front of a cluster would, and passes
 * the browser's Host header on (the build lets the JDK's HTTP client send it), so a node builds its
 * sign-in redirect for the balancer's address, not its own.
 */
final class Switch implements AutoCloseable {

  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "connection",
          "content-length",
          "keep-alive",
          "transfer-encoding",
          "upgrade",
          "expect",
          "te",
          "trailer",
          "proxy-connection");

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(8);
  private final HttpClient client =
      HttpClient.newBuilder()
          // HTTP/1.1 only: over HTTP/2 (h2c) the JDK names the node in :authority, not the Host
          // the browser sent, and the node would build its sign-in redirect for its own address
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String origin;
  private volatile int target;

  Switch(int port, int target) throws IOException {
    this.target = target;
    this.origin = "http://localhost:" + port;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
    server.setExecutor(threads);
    server.createContext("/", this::forward);
    server.start();
  }

  /** From now on, requests go to the node on {@code port}. */
  void to(int port) {
    target = port;
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI uri = URI.create("http://127.0.0.1:" + target + exchange.getRequestURI());
      byte[] body = exchange.getRequestBody().readAllBytes();
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(60))
              .method(
                  exchange.getRequestMethod(),
                  body.length == 0
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofByteArray(body));
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                  values.forEach(v -> request.header(name, v));
                }
              });
      HttpResponse<InputStream> response;
      try {
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      } catch (IOException | InterruptedException down) {
        exchange.sendResponseHeaders(502, -1);
        return;
      }
      response
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (name.equalsIgnoreCase("location")) {
                  // a node names itself in absolute redirects: the browser stays on the switch
                  values.forEach(
                      v ->
                          exchange
                              .getResponseHeaders()
                              .add(name, v.replaceFirst("^http://[^/]+:" + target, origin)));
                } else if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                  exchange.getResponseHeaders().put(name, values);
                }
              });
      byte[] answer = response.body().readAllBytes();
      exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
