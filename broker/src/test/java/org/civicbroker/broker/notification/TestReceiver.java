package org.civicbroker.broker.notification;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** A real HTTP notification receiver on 127.0.0.1 that records every request. */
public final class TestReceiver implements AutoCloseable {
  /** A status that means: never answer. */
  public static final int NEVER = -1;

  /** One request received, with the status it was answered with. */
  public record Request(
      String path, Map<String, String> headers, byte[] body, String notificationId, int status) {
    public boolean accepted() {
      return status >= 200 && status < 300;
    }
  }

  /** Chooses the answer to the n-th request (from 0). */
  public interface Behaviour {
    int status(int requestNumber);
  }

  private final HttpServer server;
  private final Behaviour behaviour;
  private final AtomicInteger count = new AtomicInteger();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  private TestReceiver(Vertx vertx, Behaviour behaviour) {
    this.behaviour = behaviour;
    this.server = vertx.createHttpServer().requestHandler(this::handle);
  }

  public static TestReceiver start(Vertx vertx, Behaviour behaviour) {
    return start(vertx, behaviour, 0);
  }

  public static TestReceiver start(Vertx vertx, Behaviour behaviour, int port) {
    TestReceiver receiver = new TestReceiver(vertx, behaviour);
    try {
      receiver
          .server
          .listen(port, "127.0.0.1")
          .toCompletionStage()
          .toCompletableFuture()
          .get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Receiver did not start", e);
    }
    return receiver;
  }

  public static Behaviour ok() {
    return n -> 200;
  }

  public static Behaviour never() {
    return n -> NEVER;
  }

  public static Behaviour always(int status) {
    return n -> status;
  }

  /** Answers {@code status} to the first {@code times} requests, then 200. */
  public static Behaviour failing(int times, int status) {
    return n -> n < times ? status : 200;
  }

  /** Answers 500 or 200 at random, half and half. */
  public static Behaviour flaky(long seed) {
    Random random = new Random(seed);
    return n -> {
      synchronized (random) {
        return random.nextBoolean() ? 500 : 200;
      }
    };
  }

  private void handle(HttpServerRequest request) {
    int status = behaviour.status(count.getAndIncrement());
    request.body(
        body -> {
          byte[] bytes = body.result().getBytes();
          Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
          request.headers().forEach(h -> headers.put(h.getKey(), h.getValue()));
          requests.add(
              new Request(request.path(), headers, bytes, TestNotifications.idOf(bytes), status));
          if (status != NEVER) {
            request.response().setStatusCode(status).end();
          }
        });
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.actualPort() + path;
  }

  public int port() {
    return server.actualPort();
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Ids of the notifications answered with 2xx. */
  public Set<String> acceptedIds() {
    return requests.stream()
        .filter(Request::accepted)
        .map(Request::notificationId)
        .collect(Collectors.toSet());
  }

  public long acceptedCount() {
    return requests.stream().filter(Request::accepted).count();
  }

  @Override
  public void close() {
    server.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
  }
}
