package org.civicbroker.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An HTTP endpoint for notifications (clause 5.3.1, HTTP binding of clause 6.3.x): records every
 * request it receives and answers with a configurable status (204 by default), optionally failing
 * the first requests ({@link #failFirst}). Listens on 127.0.0.1 on a free (or a given) port; for a
 * remote broker ({@code -Dbroker.url}) pass {@code -Dcontext.host=<an address of this machine the
 * broker can reach>}, as for {@link ContextServer}. Use one per test (try-with-resources) so
 * requests of other tests never mix in. Requests are handled concurrently, as a real endpoint
 * would.
 */
public final class NotificationReceiver implements AutoCloseable {
  private final HttpServer server;
  private final String advertisedHost;
  private final List<Received> received = new ArrayList<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private final AtomicInteger status = new AtomicInteger(204);
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private final ExecutorService executor = Executors.newCachedThreadPool();

  /** One recorded request, with the status it was answered with; header names are lower case. */
  public record Received(
      String method, String path, Map<String, List<String>> headers, byte[] body, int status) {
    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** The first value of a header (case-insensitive name), or null. */
    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body parsed as JSON (an AssertionError if it is not JSON). */
    public JsonNode json() {
      return Json.parse(bodyText());
    }

    /** True when it was answered with a 2xx status (the notification was delivered). */
    public boolean accepted() {
      return status >= 200 && status < 300;
    }
  }

  private NotificationReceiver(int port) throws IOException {
    advertisedHost = advertisedHost();
    server = HttpServer.create(bindAddress(port), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** Starts a receiver on a free port. */
  public static NotificationReceiver start() {
    return startOn(0);
  }

  /**
   * Starts a receiver on the given port (0: a free one), e.g. one reserved with {@link #freePort}
   * for an endpoint that is down at first and comes up later.
   */
  public static NotificationReceiver startOn(int port) {
    try {
      return new NotificationReceiver(port);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A port that is free now, for {@link #startOn} and {@link #urlOn}. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The URL of {@code path} on a receiver at {@code port} (which may not be listening yet). */
  public static String urlOn(int port, String path) {
    return "http://" + advertisedHost() + ":" + port + path;
  }

  /** The host the broker reaches this machine at: {@code -Dcontext.host}, else 127.0.0.1. */
  public static String advertisedHost() {
    String host = System.getProperty("context.host", "");
    return host.isBlank() ? "127.0.0.1" : host;
  }

  /** Where test servers listen: 127.0.0.1, or every interface when {@code context.host} is set. */
  public static InetSocketAddress bindAddress(int port) {
    String host = System.getProperty("context.host", "");
    return host.isBlank() ? new InetSocketAddress("127.0.0.1", port) : new InetSocketAddress(port);
  }

  /** The URL of {@code path} on this receiver, e.g. {@code url("/notify")}. */
  public String url(String path) {
    return "http://" + advertisedHost + ":" + server.getAddress().getPort() + path;
  }

  /** The HTTP status answered from now on (e.g. 500 to make deliveries fail). */
  public void respondWith(int httpStatus) {
    status.set(httpStatus);
  }

  /** Answers the next {@code count} requests with 500, then with the configured status again. */
  public void failFirst(int count) {
    failuresLeft.set(count);
  }

  /** How many requests were received so far. */
  public int count() {
    lock.lock();
    try {
      return received.size();
    } finally {
      lock.unlock();
    }
  }

  /** The bodies of the requests received so far, parsed as JSON, in arrival order. */
  public List<JsonNode> bodies() {
    return requests().stream().map(Received::json).toList();
  }

  /** A copy of the requests received so far, in arrival order. */
  public List<Received> requests() {
    lock.lock();
    try {
      return List.copyOf(received);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until at least {@code count} requests arrived and returns them all; fails with an
   * AssertionError after {@code timeout}.
   */
  public List<Received> awaitRequests(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (received.size() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "expected "
                  + count
                  + " notifications within "
                  + timeout
                  + ", got "
                  + received.size());
        }
        arrived.await(left, TimeUnit.NANOSECONDS);
      }
      return List.copyOf(received);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for notifications", e);
    } finally {
      lock.unlock();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    Map<String, List<String>> headers = new TreeMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    boolean fail = failuresLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    int answer = fail ? 500 : status.get();
    Received request =
        new Received(
            exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body, answer);
    lock.lock();
    try {
      received.add(request);
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
    exchange.sendResponseHeaders(answer, -1);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
