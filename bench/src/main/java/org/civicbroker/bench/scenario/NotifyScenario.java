package org.civicbroker.bench.scenario;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.HdrHistogram.Histogram;
import org.civicbroker.bench.http.Await;
import org.civicbroker.bench.http.HttpResult;
import org.civicbroker.bench.load.Outcome;
import org.civicbroker.bench.load.Recorder;

/**
 * 100 subscriptions, each on one of up to 100 entities, notifying the bench's own receiver. Each
 * request PATCHes one entity's {@code benchSeq} to the request's sequence number; the notification
 * carrying that number is matched to the update and its delivery latency is measured from the
 * update's 2xx. Notifications still missing a grace period after the load count as lost. Runs open
 * loop at --rate (default 100 updates/s).
 */
final class NotifyScenario implements Scenario {
  static final int SUBSCRIPTIONS = 100;
  static final double DEFAULT_RATE = 100;
  private static final String KIND = "Notify";
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

  private final ScenarioContext ctx;
  private final int entities;
  private final NotificationTracker tracker = new NotificationTracker();
  private final List<String> subscriptionIds = Collections.synchronizedList(new ArrayList<>());
  private NotificationReceiver receiver;

  NotifyScenario(ScenarioContext ctx) {
    this.ctx = ctx;
    this.entities = Math.min(SUBSCRIPTIONS, ctx.entities());
  }

  @Override
  public String name() {
    return "notify";
  }

  @Override
  public double defaultRate() {
    return DEFAULT_RATE;
  }

  @Override
  public void setup() {
    String bind = LOOPBACK.contains(ctx.notifyHost()) ? "127.0.0.1" : "0.0.0.0";
    receiver =
        new NotificationReceiver(
            ctx.vertx(),
            tracker,
            bind,
            ctx.notifyPort(),
            ctx.notifyFailures(),
            new java.util.Random(ctx.seed()));
    EntityFactory factory = new EntityFactory(ctx.seed());
    ctx.log()
        .accept(
            "setup: "
                + entities
                + " entities, "
                + SUBSCRIPTIONS
                + " subscriptions, receiver on port "
                + receiver.port());
    ctx.bulk().upsert(entities, i -> withSeq(factory.entity(ctx.entityId(KIND, i), type(), i)));
    Await.result(Parallel.forEach(SUBSCRIPTIONS, 4, this::subscribe), Duration.ofMinutes(5));
  }

  private String type() {
    return ctx.entityType(KIND, 0);
  }

  private static JsonObject withSeq(JsonObject entity) {
    return entity.put(
        NotificationReceiver.SEQ_ATTRIBUTE,
        new JsonObject().put("type", "Property").put("value", -1));
  }

  private Future<Void> subscribe(int n) {
    String id = "urn:ngsi-ld:Subscription:bench:" + ctx.runId() + ":" + n;
    JsonObject body = Templates.load("subscription.json").put("id", id);
    body.getJsonArray("entities")
        .getJsonObject(0)
        .put("id", ctx.entityId(KIND, n % entities))
        .put("type", type());
    String uri = "http://" + ctx.notifyHost() + ":" + receiver.port() + "/notify/" + n;
    body.getJsonObject("notification").getJsonObject("endpoint").put("uri", uri);
    return ctx.client()
        .sendLd(HttpMethod.POST, "/subscriptions", body.toBuffer())
        .compose(r -> created(r, id));
  }

  private Future<Void> created(HttpResult r, String id) {
    if (!r.ok()) {
      return Future.failedFuture(
          new IllegalStateException(
              "POST /subscriptions answered HTTP " + r.status() + ": " + r.bodySnippet(300)));
    }
    String location = r.location();
    subscriptionIds.add(location == null ? id : location.substring(location.lastIndexOf('/') + 1));
    return Future.succeededFuture();
  }

  @Override
  public void measurementStarts(long nanoTime) {
    tracker.measurementStarts(nanoTime);
  }

  @Override
  public Future<Outcome> execute(long seq) {
    int entity = (int) (seq % entities);
    JsonObject body = Templates.load("notify-update.json");
    body.getJsonObject(NotificationReceiver.SEQ_ATTRIBUTE).put("value", seq);
    long sentAt = System.nanoTime();
    return ctx.client()
        .sendLd(HttpMethod.PATCH, Requests.attrsPath(ctx.entityId(KIND, entity)), body.toBuffer())
        .map(
            r -> {
              if (r.ok()) {
                tracker.acked(seq, sentAt, System.nanoTime(), expectedFor(entity));
              }
              return Outcome.of(r);
            });
  }

  /** Subscriptions watching entity number {@code entity}. */
  private int expectedFor(int entity) {
    return SUBSCRIPTIONS / entities + (entity < SUBSCRIPTIONS % entities ? 1 : 0);
  }

  @Override
  public void afterLoad() {
    try {
      if (!tracker.awaitAll(ctx.grace())) {
        ctx.log().accept("notify: grace period over, counting missing notifications as lost");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public List<Metric> metrics(Recorder recorder, double measuredSeconds) {
    NotificationTracker.Stats s = tracker.stats();
    Histogram d = tracker.deliveryMicros();
    double p50 = d.getTotalCount() == 0 ? Double.NaN : d.getValueAtPercentile(50) / 1000.0;
    double p99 = d.getTotalCount() == 0 ? Double.NaN : d.getValueAtPercentile(99) / 1000.0;
    List<Metric> metrics = new ArrayList<>();
    metrics.add(Metric.rate("notifications/s", s.received() / measuredSeconds));
    metrics.add(Metric.rate("delivery p50 ms", p50));
    metrics.add(Metric.rate("delivery p99 ms", p99));
    metrics.add(Metric.count("expected", s.expected()));
    metrics.add(Metric.count("received", s.received()));
    metrics.add(Metric.count("lost", s.lost()));
    metrics.add(Metric.count("duplicates", s.duplicates()));
    metrics.add(Metric.count("before 2xx", s.early()));
    if (ctx.notifyFailures() > 0) {
      metrics.add(Metric.count("rejected (500)", receiver.rejected()));
    }
    return metrics;
  }

  @Override
  public Optional<Histogram> deliveryLatencyMicros() {
    return Optional.of(tracker.deliveryMicros());
  }

  @Override
  public void teardown() {
    long failed =
        List.copyOf(subscriptionIds).stream()
            .filter(id -> !ctx.bulk().deleteSubscription(id))
            .count();
    if (failed > 0) {
      ctx.log().accept("teardown: " + failed + " subscriptions not deleted");
    }
    Population.deleteIds(ctx, new Population(ctx, KIND, 1).ids(entities));
    if (receiver != null) {
      receiver.close();
    }
  }
}
