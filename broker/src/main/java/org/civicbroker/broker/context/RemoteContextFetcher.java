package org.civicbroker.broker.context;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civicbroker.broker.common.json.JsonCodec;
import org.civicbroker.broker.config.BrokerConfig;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Uris;

/**
 * Fetches remote JSON-LD context documents without blocking: Vert.x web client, a timeout and a
 * size limit. Any failure is LdContextNotAvailable (503, GS CIM 009 clause 5.5.2).
 */
@ApplicationScoped
public class RemoteContextFetcher {
  private final WebClient client;
  private final JsonCodec json;
  private final BrokerConfig.Contexts config;

  @Inject
  public RemoteContextFetcher(Vertx vertx, JsonCodec json, BrokerConfig config) {
    this.json = json;
    this.config = config.contexts();
    WebClientOptions options =
        new WebClientOptions()
            .setFollowRedirects(true)
            .setMaxRedirects(5)
            .setConnectTimeout((int) this.config.fetchTimeout().toMillis())
            .setUserAgent("civic-broker");
    this.client = WebClient.create(vertx, options);
  }

  /** Fetches and parses the document at {@code url}. */
  public Uni<JsonNode> fetch(String url) {
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      return Uni.createFrom().failure(unavailable(url, "only http(s) contexts can be fetched"));
    }
    return Uni.createFrom()
        .deferred(
            () ->
                client
                    .getAbs(url)
                    .putHeader(
                        HttpHeaders.ACCEPT.toString(), "application/ld+json, application/json")
                    .timeout(config.fetchTimeout().toMillis())
                    .send())
        .onFailure()
        .transform(e -> unavailable(url, e.getMessage()))
        .map(response -> parse(url, response));
  }

  private JsonNode parse(String url, HttpResponse<io.vertx.mutiny.core.buffer.Buffer> response) {
    if (response.statusCode() != 200) {
      throw unavailable(url, "HTTP status " + response.statusCode());
    }
    io.vertx.mutiny.core.buffer.Buffer body = response.body();
    if (body == null || body.length() == 0) {
      throw unavailable(url, "empty document");
    }
    if (body.length() > config.maxDocumentBytes()) {
      throw unavailable(url, "document larger than " + config.maxDocumentBytes() + " bytes");
    }
    try {
      return json.parse(body.getBytes());
    } catch (NgsiLdException e) {
      throw unavailable(url, "not JSON: " + e.detail());
    }
  }

  static NgsiLdException unavailable(String url, String why) {
    return new NgsiLdException(
        ErrorType.LD_CONTEXT_NOT_AVAILABLE,
        "JSON-LD context " + Uris.quote(url) + " is not available: " + why);
  }

  @PreDestroy
  void close() {
    client.close();
  }
}
