package org.civicbroker.broker.notification.delivery;

import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.civicbroker.broker.config.NotificationConfig;
import org.civicbroker.broker.notification.Notification;

/**
 * HTTP(S) binding of notifications (GS CIM 009 clause 6.3.17 / 5.8.6): one POST of the rendered
 * notification to the endpoint URI, with its Content-Type, the endpoint's {@code receiverInfo} and
 * the notification's headers. Outcomes:
 *
 * <ul>
 *   <li>2xx: delivered;
 *   <li>no connection, timeout, 5xx, 408 and 429: retried ({@code Retry-After} is honoured);
 *   <li>any other status (3xx, 4xx): failed for good. A receiver that rejects the request as
 *       malformed, unauthorised or unknown will not accept the same request later; retrying would
 *       only load it.
 * </ul>
 */
public final class HttpTransport implements Transport {
  private final WebClient client;
  private final Duration timeout;

  public HttpTransport(Vertx vertx, NotificationConfig config) {
    this.timeout = config.timeout();
    WebClientOptions options =
        new WebClientOptions()
            .setConnectTimeout(Math.toIntExact(config.connectTimeout().toMillis()))
            .setFollowRedirects(false)
            .setKeepAlive(true)
            .setMaxPoolSize(config.endpoint().concurrency())
            .setUserAgent("civic-broker");
    this.client = WebClient.create(vertx, options);
  }

  @Override
  public Uni<Outcome> deliver(Notification notification) {
    return Uni.createFrom()
        .deferred(() -> send(notification))
        .map(HttpTransport::classify)
        .ifNoItem()
        .after(timeout)
        .failWith(() -> new TimeoutException("no response within " + timeout))
        .onFailure()
        .recoverWithItem(e -> new Outcome.Retry(Failures.describe(e)));
  }

  private Uni<HttpResponse<Buffer>> send(Notification notification) {
    HttpRequest<Buffer> request =
        client.postAbs(notification.endpoint().uri().toString()).timeout(timeout.toMillis());
    headers(notification).forEach(request::putHeader);
    return request.sendBuffer(Buffer.buffer(notification.body()));
  }

  /**
   * The headers sent with a notification: the endpoint's {@code receiverInfo}, then the
   * notification's own headers, then its Content-Type (a later entry replaces an earlier one).
   */
  public static Map<String, String> headers(Notification notification) {
    Map<String, String> headers = new LinkedHashMap<>(notification.endpoint().receiverInfo());
    headers.putAll(notification.headers());
    headers.put("Content-Type", notification.contentType());
    return headers;
  }

  static Outcome classify(HttpResponse<Buffer> response) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return Outcome.delivered();
    }
    String reason = "HTTP " + status + " " + response.statusMessage();
    if (status >= 500 || status == 429 || status == 408) {
      return new Outcome.Retry(reason, RetryAfter.parse(response.getHeader("Retry-After")));
    }
    return new Outcome.Fail(reason);
  }

  @Override
  public void close() {
    client.close();
  }
}
