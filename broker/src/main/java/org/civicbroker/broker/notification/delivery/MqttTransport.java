package org.civicbroker.broker.notification.delivery;

import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import io.smallrye.mutiny.Uni;
import io.vertx.mqtt.MqttClientOptions;
import io.vertx.mqtt.MqttConnectionException;
import io.vertx.mutiny.core.Vertx;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.civicbroker.broker.config.NotificationConfig;
import org.civicbroker.broker.notification.Notification;
import org.civicbroker.model.error.NgsiLdException;
import org.jboss.logging.Logger;

/**
 * MQTT binding of notifications (GS CIM 009 clause 7): publishes the {@link MqttPayload} to the
 * endpoint's topic with its QoS, over one connection per {@link MqttBroker} (host, port, TLS and
 * credentials), opened on first use and reopened after it drops. Outcomes: acknowledged (see {@link
 * MqttSession}) is delivered; a server that refuses the credentials (CONNACK "bad user name or
 * password" / "not authorized") or an unusable endpoint fails for good; anything else (no
 * connection, timeout, server unavailable) is retried.
 */
public final class MqttTransport implements Transport {
  private static final Logger LOG = Logger.getLogger(MqttTransport.class);
  private static final Set<MqttConnectReturnCode> FINAL_REFUSALS =
      Set.of(
          MqttConnectReturnCode.CONNECTION_REFUSED_BAD_USER_NAME_OR_PASSWORD,
          MqttConnectReturnCode.CONNECTION_REFUSED_NOT_AUTHORIZED);

  private final io.vertx.core.Vertx vertx;
  private final NotificationConfig config;
  private final Map<MqttBroker, Uni<MqttSession>> sessions = new ConcurrentHashMap<>();
  private final Set<MqttSession> open = ConcurrentHashMap.newKeySet();
  private final Set<String> versionWarnings = ConcurrentHashMap.newKeySet();

  public MqttTransport(Vertx vertx, NotificationConfig config) {
    this.vertx = vertx.getDelegate();
    this.config = config;
  }

  @Override
  public Uni<Outcome> deliver(Notification notification) {
    MqttEndpoint endpoint;
    try {
      endpoint = MqttEndpoint.parse(notification.endpoint());
    } catch (NgsiLdException e) {
      return Uni.createFrom().item(new Outcome.Fail(e.detail()));
    }
    noteVersion(endpoint);
    Duration timeout = config.timeout();
    return session(endpoint.broker())
        .chain(s -> s.publish(endpoint.topic(), MqttPayload.of(notification), endpoint.qos()))
        .replaceWith(Outcome.delivered())
        .ifNoItem()
        .after(timeout)
        .failWith(() -> new TimeoutException("no acknowledgement within " + timeout))
        .onFailure()
        .recoverWithItem(MqttTransport::classify);
  }

  static Outcome classify(Throwable e) {
    if (e instanceof MqttConnectionException refused && FINAL_REFUSALS.contains(refused.code())) {
      return new Outcome.Fail("MQTT server refused the connection: " + refused.code());
    }
    return new Outcome.Retry(Failures.describe(e));
  }

  /** Number of open MQTT connections. */
  public int openConnections() {
    return (int) open.stream().filter(MqttSession::isOpen).count();
  }

  private Uni<MqttSession> session(MqttBroker broker) {
    Uni<MqttSession> session = sessions.computeIfAbsent(broker, this::connect);
    return session.chain(
        s -> {
          if (s.isOpen()) {
            return Uni.createFrom().item(s);
          }
          sessions.remove(broker, session);
          return sessions.computeIfAbsent(broker, this::connect);
        });
  }

  private Uni<MqttSession> connect(MqttBroker broker) {
    AtomicReference<Uni<MqttSession>> self = new AtomicReference<>();
    Uni<MqttSession> connecting =
        MqttSession.connect(vertx, broker, options(broker), closed -> forget(broker, self, closed))
            .invoke(open::add)
            .onFailure()
            .invoke(e -> sessions.remove(broker, self.get()))
            .memoize()
            .indefinitely();
    self.set(connecting);
    return connecting;
  }

  private void forget(MqttBroker broker, AtomicReference<Uni<MqttSession>> self, MqttSession s) {
    open.remove(s);
    sessions.remove(broker, self.get());
  }

  private MqttClientOptions options(MqttBroker broker) {
    MqttClientOptions options = new MqttClientOptions();
    options.setClientId("civic-broker-" + UUID.randomUUID());
    options.setCleanSession(true);
    options.setAutoKeepAlive(true);
    options.setKeepAliveInterval(30);
    options.setMaxInflightQueue(Math.max(10, 2 * config.endpoint().concurrency()));
    options.setAckTimeout((int) Math.max(1, config.timeout().toSeconds()));
    options.setConnectTimeout(Math.toIntExact(config.connectTimeout().toMillis()));
    options.setSsl(broker.tls());
    broker.username().ifPresent(options::setUsername);
    broker.password().ifPresent(options::setPassword);
    return options;
  }

  private void noteVersion(MqttEndpoint endpoint) {
    if (endpoint.version() == MqttEndpoint.Version.MQTT_5_0
        && versionWarnings.add(endpoint.broker().toString())) {
      LOG.infof(
          "MQTT endpoint %s asks for MQTT 5.0; publishing with MQTT 3.1.1, the version this"
              + " broker's MQTT client speaks (same message format)",
          endpoint.broker());
    }
  }

  @Override
  public void close() {
    open.forEach(MqttSession::close);
    open.clear();
    sessions.clear();
  }
}
