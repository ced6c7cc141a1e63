package org.civicbroker.conformance;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves user @context documents from test fixtures over HTTP, as a real context provider would;
 * counts fetches so tests can check the broker caches them. One instance per test run.
 *
 * <p>By default it listens on 127.0.0.1, which only a broker on the same machine can reach. When
 * testing a remote broker ({@code -Dbroker.url}), pass {@code -Dcontext.host=<an address of this
 * machine the broker can reach>}: the server then listens on all interfaces and hands out URLs with
 * that host.
 */
public final class ContextServer {
  private static ContextServer instance;

  private final HttpServer server;
  private final Map<String, byte[]> documents = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> fetches = new ConcurrentHashMap<>();

  private final String advertisedHost;

  private ContextServer() throws IOException {
    String host = System.getProperty("context.host", "");
    advertisedHost = host.isBlank() ? "127.0.0.1" : host;
    InetSocketAddress bind =
        host.isBlank() ? new InetSocketAddress("127.0.0.1", 0) : new InetSocketAddress(0);
    server = HttpServer.create(bind, 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          fetches.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
          byte[] body = documents.get(path);
          if (body == null) {
            exchange.sendResponseHeaders(404, -1);
          } else {
            exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
          exchange.close();
        });
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
  }

  public static synchronized ContextServer get() {
    if (instance == null) {
      try {
        instance = new ContextServer();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return instance;
  }

  /** Publishes a fixture file under a fresh path and returns its URL. */
  public String publish(String fixture) {
    String path =
        "/" + java.util.UUID.randomUUID() + "/" + fixture.substring(fixture.lastIndexOf('/') + 1);
    documents.put(path, Fixtures.bytes(fixture));
    return url(path);
  }

  /**
   * Publishes a fixture with its {@code ${key}} placeholders filled (e.g. a context defining a
   * test's fresh type names) under a fresh path and returns its URL.
   */
  public String publish(String fixture, Map<String, String> values) {
    String path =
        "/" + java.util.UUID.randomUUID() + "/" + fixture.substring(fixture.lastIndexOf('/') + 1);
    documents.put(
        path, Fixtures.text(fixture, values).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return url(path);
  }

  /** Returns a URL under which nothing is served (404). */
  public String missing() {
    return url("/missing/" + java.util.UUID.randomUUID() + ".jsonld");
  }

  public int fetchCount(String url) {
    String path = java.net.URI.create(url).getPath();
    AtomicInteger count = fetches.get(path);
    return count == null ? 0 : count.get();
  }

  private String url(String path) {
    return "http://" + advertisedHost + ":" + server.getAddress().getPort() + path;
  }
}
