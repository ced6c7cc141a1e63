package org.civicbroker.conformance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An HTTP endpoint for notifications (clause 5.3.1, HTTP binding of clause 6.3.x): records every
 * request it receives and answers with a configurable status (204 by default). Listens on 127.0.0.1
 * on a free port; for a remote broker ({@code -Dbroker.url}) pass {@code -Dcontext.host=<an address
 * of this machine the broker can reach>}, as for {@link ContextServer}. Use one per test
 * (try-with-resources) so requests of other tests never mix in.
 */
public final class NotificationReceiver implements AutoCloseable {
  private final HttpServer server;
  private final String advertisedHost;
  private final List<Received> received = new ArrayList<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private final AtomicInteger status = new AtomicInteger(204);

  /** One recorded request; header names are lower case. */
  public record Received(
      String method, String path, Map<String, List<String>> headers, byte[] body) {
    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** The first value of a header (case-insensitive name), or null. */
    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }
  }

  private NotificationReceiver() throws IOException {
    String host = System.getProperty("context.host", "");
    advertisedHost = host.isBlank() ? "127.0.0.1" : host;
    InetSocketAddress bind =
        host.isBlank() ? new InetSocketAddress("127.0.0.1", 0) : new InetSocketAddress(0);
    server = HttpServer.create(bind, 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a receiver on a free port. */
  public static NotificationReceiver start() {
    try {
      return new NotificationReceiver();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The URL of {@code path} on this receiver, e.g. {@code url("/notify")}. */
  public String url(String path) {
    return "http://" + advertisedHost + ":" + server.getAddress().getPort() + path;
  }

  /** The HTTP status answered from now on (e.g. 500 to make deliveries fail). */
  public void respondWith(int httpStatus) {
    status.set(httpStatus);
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
    Received request =
        new Received(
            exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body);
    lock.lock();
    try {
      received.add(request);
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
    exchange.sendResponseHeaders(status.get(), -1);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
