package org.civicbroker.bench.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.util.Optional;

/**
 * Non-blocking HTTP/1.1 client for one broker: keep-alive, no pipelining, a pool of exactly {@code
 * connections} connections. Paths are relative to {@code <base>/ngsi-ld/v1}.
 */
public final class BrokerClient implements AutoCloseable {
  public static final String LD_JSON = "application/ld+json";
  public static final String JSON = "application/json";
  public static final String API = "/ngsi-ld/v1";
  private static final long TIMEOUT_MS = 30_000;

  private final HttpClient http;
  private final String baseUrl;
  private final Optional<String> tenant;

  public BrokerClient(Vertx vertx, String baseUrl, Optional<String> tenant, int connections) {
    this.baseUrl = baseUrl;
    this.tenant = tenant;
    HttpClientOptions options =
        new HttpClientOptions()
            .setKeepAlive(true)
            .setPipelining(false)
            .setTcpNoDelay(true)
            .setConnectTimeout(10_000);
    PoolOptions pool = new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1);
    this.http = vertx.createHttpClient(options, pool);
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** GET {@code API + path}. */
  public Future<HttpResult> get(String path) {
    return send(HttpMethod.GET, API + path, null, null);
  }

  /** Sends a JSON-LD body (which carries its own @context) to {@code API + path}. */
  public Future<HttpResult> sendLd(HttpMethod method, String path, Buffer body) {
    return send(method, API + path, LD_JSON, body);
  }

  /** DELETE {@code API + path}. */
  public Future<HttpResult> delete(String path) {
    return send(HttpMethod.DELETE, API + path, null, null);
  }

  /**
   * Sends one request to {@code baseUrl + pathAndQuery} and reads the whole answer.
   *
   * @param contentType content type of the body, or null without a body
   */
  public Future<HttpResult> send(
      HttpMethod method, String pathAndQuery, String contentType, Buffer body) {
    RequestOptions request =
        new RequestOptions()
            .setMethod(method)
            .setAbsoluteURI(baseUrl + pathAndQuery)
            .setIdleTimeout(TIMEOUT_MS)
            .putHeader("Accept", JSON);
    tenant.ifPresent(t -> request.putHeader("NGSILD-Tenant", t));
    if (contentType != null) {
      request.putHeader("Content-Type", contentType);
    }
    return http.request(request)
        .compose(req -> body == null ? req.send() : req.send(body))
        .compose(
            resp ->
                resp.body()
                    .map(b -> new HttpResult(resp.statusCode(), b, resp.getHeader("Location"))));
  }

  @Override
  public void close() {
    http.close();
  }
}
