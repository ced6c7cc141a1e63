package org.civicbroker.bench;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tiny in-memory NGSI-LD broker for the bench's own tests: entities and subscriptions in maps,
 * the endpoints the scenarios use, notifications POSTed to subscription endpoints (a chosen number
 * of them deliberately dropped), and a count of every request by route.
 */
final class FakeBroker implements AutoCloseable {
  private static final String API = "/ngsi-ld/v1";

  final Map<String, JsonObject> entities = new ConcurrentHashMap<>();
  final Map<String, JsonObject> subscriptions = new ConcurrentHashMap<>();
  final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
  final Map<String, String> lastQuery = new ConcurrentHashMap<>();
  final Set<String> tenants = ConcurrentHashMap.newKeySet();
  final AtomicLong notificationsSent = new AtomicLong();
  final AtomicLong notificationsDropped = new AtomicLong();
  private final AtomicInteger dropsLeft = new AtomicInteger();
  private final Vertx vertx = Vertx.vertx();
  private final HttpClient notifier = vertx.createHttpClient();
  private final HttpServer server;
  private volatile boolean batchSupported = true;

  FakeBroker() throws Exception {
    server = vertx.createHttpServer().requestHandler(this::route);
    server
        .listen(0, "127.0.0.1")
        .toCompletionStage()
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
  }

  String url() {
    return "http://127.0.0.1:" + server.actualPort();
  }

  /** Answers 404 to /entityOperations/*, as a broker without batch operations would. */
  FakeBroker withoutBatch() {
    batchSupported = false;
    return this;
  }

  /** Silently drops the next {@code n} notifications instead of sending them. */
  FakeBroker dropNotifications(int n) {
    dropsLeft.set(n);
    return this;
  }

  long count(String route) {
    AtomicLong c = counts.get(route);
    return c == null ? 0 : c.get();
  }

  private void route(HttpServerRequest req) {
    req.body()
        .onSuccess(body -> answer(req, body))
        .onFailure(e -> req.response().setStatusCode(500).end());
  }

  private void answer(HttpServerRequest req, Buffer body) {
    String path = req.path().startsWith(API) ? req.path().substring(API.length()) : req.path();
    String[] seg = path.split("/");
    String route = req.method() + " " + routeName(seg);
    counts.computeIfAbsent(route, k -> new AtomicLong()).incrementAndGet();
    tenants.add(String.valueOf(req.getHeader("NGSILD-Tenant")));
    int status =
        switch (route) {
          case "POST /entities" -> create(req, body.toJsonObject());
          case "GET /entities/{id}" -> get(req, seg[2]);
          case "GET /entities" -> query(req);
          case "PATCH /entities/{id}/attrs" -> patch(seg[2], body.toJsonObject());
          case "DELETE /entities/{id}" -> entities.remove(seg[2]) != null ? 204 : 404;
          case "POST /entityOperations/upsert" -> batchSupported ? upsert(body.toJsonArray()) : 404;
          case "POST /entityOperations/delete" ->
              batchSupported ? batchDelete(body.toJsonArray()) : 404;
          case "POST /subscriptions" -> subscribe(req, body.toJsonObject());
          case "DELETE /subscriptions/{id}" -> subscriptions.remove(seg[2]) != null ? 204 : 404;
          case "GET /info/sourceIdentity" ->
              json(
                  req,
                  new JsonObject()
                      .put("id", "urn:ngsi-ld:fake")
                      .put("type", "SourceIdentity")
                      .put("contextSourceAlias", "fake-broker"));
          default -> 404;
        };
    if (!req.response().ended()) {
      req.response().setStatusCode(status).end();
    }
  }

  private static String routeName(String[] seg) {
    if (seg.length == 3 && !seg[1].equals("entityOperations") && !seg[1].equals("info")) {
      return "/" + seg[1] + "/{id}";
    }
    if (seg.length == 4 && seg[3].equals("attrs")) {
      return "/" + seg[1] + "/{id}/attrs";
    }
    return String.join("/", seg);
  }

  private int create(HttpServerRequest req, JsonObject e) {
    if (entities.putIfAbsent(e.getString("id"), strip(e)) != null) {
      return 409;
    }
    req.response().putHeader("Location", API + "/entities/" + e.getString("id"));
    return 201;
  }

  private int get(HttpServerRequest req, String id) {
    JsonObject e = entities.get(id);
    return e == null ? 404 : json(req, e);
  }

  private int query(HttpServerRequest req) {
    req.params().forEach((k, v) -> lastQuery.put(k, v));
    String type = req.getParam("type");
    int limit = Integer.parseInt(req.getParam("limit", "20"));
    JsonArray hits = new JsonArray();
    entities.values().stream()
        .filter(e -> e.getString("type").equals(type))
        .limit(limit)
        .forEach(hits::add);
    return json(req, hits);
  }

  private int patch(String id, JsonObject attrs) {
    JsonObject e = entities.get(id);
    if (e == null) {
      return 404;
    }
    strip(attrs).forEach(a -> e.put(a.getKey(), a.getValue()));
    subscriptions.values().forEach(s -> maybeNotify(s, e, attrs.fieldNames()));
    return 204;
  }

  private int upsert(JsonArray batch) {
    boolean created = false;
    for (int i = 0; i < batch.size(); i++) {
      JsonObject e = strip(batch.getJsonObject(i));
      created |= entities.put(e.getString("id"), e) == null;
    }
    return created ? 201 : 204;
  }

  private int batchDelete(JsonArray ids) {
    boolean all = true;
    for (int i = 0; i < ids.size(); i++) {
      all &= entities.remove(ids.getString(i)) != null;
    }
    return all ? 204 : 207;
  }

  private int subscribe(HttpServerRequest req, JsonObject s) {
    String id = s.getString("id", "urn:ngsi-ld:Subscription:fake:" + subscriptions.size());
    subscriptions.put(id, strip(s));
    req.response().putHeader("Location", API + "/subscriptions/" + id);
    return 201;
  }

  private void maybeNotify(JsonObject sub, JsonObject entity, Set<String> changed) {
    JsonObject selector = sub.getJsonArray("entities").getJsonObject(0);
    JsonArray watched = sub.getJsonArray("watchedAttributes");
    if (!entity.getString("id").equals(selector.getString("id"))
        || watched != null && changed.stream().noneMatch(watched::contains)) {
      return;
    }
    if (dropsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      notificationsDropped.incrementAndGet();
      return;
    }
    JsonObject data =
        new JsonObject().put("id", entity.getString("id")).put("type", entity.getString("type"));
    sub.getJsonObject("notification")
        .getJsonArray("attributes")
        .forEach(a -> data.put((String) a, entity.getValue((String) a)));
    JsonObject notification =
        new JsonObject()
            .put("id", "urn:ngsi-ld:Notification:" + notificationsSent.incrementAndGet())
            .put("type", "Notification")
            .put("subscriptionId", sub.getString("id"))
            .put("notifiedAt", Instant.now().toString())
            .put("data", new JsonArray().add(data));
    String uri = sub.getJsonObject("notification").getJsonObject("endpoint").getString("uri");
    notifier
        .request(new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(uri))
        .compose(
            r -> r.putHeader("Content-Type", "application/json").send(notification.toBuffer()));
  }

  private static int json(HttpServerRequest req, Object body) {
    String text = body instanceof JsonArray a ? a.encode() : ((JsonObject) body).encode();
    req.response().setStatusCode(200).putHeader("Content-Type", "application/json").end(text);
    return 200;
  }

  private static JsonObject strip(JsonObject o) {
    JsonObject copy = o.copy();
    copy.remove("@context");
    return copy;
  }

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }
}
