package org.civicbroker.broker.notification.delivery;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import org.civicbroker.broker.config.NotificationConfig;
import org.civicbroker.broker.notification.Notification;

/** Chooses the transport by the endpoint's scheme: HTTP(S) or MQTT(S). */
public final class Transports implements Transport {
  private final HttpTransport http;
  private final MqttTransport mqtt;

  public Transports(Vertx vertx, NotificationConfig config) {
    this.http = new HttpTransport(vertx, config);
    this.mqtt = new MqttTransport(vertx, config);
  }

  @Override
  public Uni<Outcome> deliver(Notification notification) {
    return switch (notification.endpoint().scheme()) {
      case "http", "https" -> http.deliver(notification);
      case "mqtt", "mqtts" -> mqtt.deliver(notification);
      default ->
          Uni.createFrom()
              .item(
                  new Outcome.Fail(
                      "unsupported endpoint: " + notification.endpoint().redactedUri()));
    };
  }

  public MqttTransport mqtt() {
    return mqtt;
  }

  @Override
  public void close() {
    http.close();
    mqtt.close();
  }
}
