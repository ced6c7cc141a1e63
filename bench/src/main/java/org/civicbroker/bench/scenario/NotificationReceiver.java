package org.civicbroker.bench.scenario;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.civicbroker.bench.http.Await;

/**
 * The bench's own HTTP endpoint for notifications: {@code POST /notify/<subscription number>} with
 * an NGSI-LD Notification body. Each entity in {@code data} carries the {@code benchSeq} value
 * written by the update that caused it.
 */
final class NotificationReceiver implements AutoCloseable {
  static final String SEQ_ATTRIBUTE = "benchSeq";

  private final NotificationTracker tracker;
  private final HttpServer server;
  private final double failures;
  private final Random random;
  private final AtomicLong rejected = new AtomicLong();

  /**
   * @param failures fraction of notification requests answered with 500 at random (the broker must
   *     retry them); rejected requests are not counted as received
   */
  NotificationReceiver(
      Vertx vertx,
      NotificationTracker tracker,
      String bindHost,
      int port,
      double failures,
      Random random) {
    this.tracker = tracker;
    this.failures = failures;
    this.random = random;
    this.server = vertx.createHttpServer().requestHandler(this::handle);
    Await.result(server.listen(port, bindHost), Duration.ofSeconds(10));
  }

  /** Notification requests answered with 500 on purpose. */
  long rejected() {
    return rejected.get();
  }

  int port() {
    return server.actualPort();
  }

  private void handle(HttpServerRequest request) {
    long at = System.nanoTime();
    String path = request.path();
    int sub = path.startsWith("/notify/") ? parseInt(path.substring("/notify/".length())) : -1;
    request.body(
        ar -> {
          if (sub >= 0 && ar.succeeded() && failures > 0 && random.nextDouble() < failures) {
            rejected.incrementAndGet();
            request.response().setStatusCode(500).end();
            return;
          }
          request.response().setStatusCode(sub < 0 || ar.failed() ? 404 : 204).end();
          if (sub >= 0 && ar.succeeded()) {
            record(ar.result().toString(), sub, at);
          }
        });
  }

  private void record(String body, int sub, long at) {
    try {
      JsonArray data = new JsonObject(body).getJsonArray("data", new JsonArray());
      for (int i = 0; i < data.size(); i++) {
        long seq = sequenceOf(data.getJsonObject(i));
        if (seq >= 0) {
          tracker.notified(seq, sub, at);
        }
      }
    } catch (RuntimeException e) {
      // Not a notification we can read; it matches no update and so shows up as a loss.
    }
  }

  /** The benchSeq value of one notified entity (normalized or simplified), or -1. */
  static long sequenceOf(JsonObject entity) {
    for (String key : entity.fieldNames()) {
      if (key.equals(SEQ_ATTRIBUTE) || key.endsWith("/" + SEQ_ATTRIBUTE)) {
        Object v = entity.getValue(key);
        if (v instanceof JsonArray a && !a.isEmpty()) {
          v = a.getValue(0);
        }
        if (v instanceof JsonObject o) {
          v = o.getValue("value");
        }
        return v instanceof Number n ? n.longValue() : -1;
      }
    }
    return -1;
  }

  private static int parseInt(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  @Override
  public void close() {
    Await.result(server.close(), Duration.ofSeconds(10));
  }
}
