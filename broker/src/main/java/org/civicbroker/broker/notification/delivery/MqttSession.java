package org.civicbroker.broker.notification.delivery;

import io.netty.handler.codec.mqtt.MqttQoS;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.mqtt.MqttClient;
import io.vertx.mqtt.MqttClientOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One MQTT connection, shared by every notification to the same {@link MqttBroker}. A publish
 * completes when the server acknowledged it: at once for QoS 0, on PUBACK for QoS 1, on PUBCOMP for
 * QoS 2. Acknowledgements are matched to publishes by packet id under the session's lock, whichever
 * of the two (the publish's write completing, the acknowledgement arriving) comes first.
 */
final class MqttSession {
  private final MqttClient client;
  private final Map<Integer, Promise<Void>> awaiting = new HashMap<>();
  private final Set<Integer> earlyAcks = new HashSet<>();
  private boolean closed;

  private MqttSession(MqttClient client) {
    this.client = client;
  }

  /** Connects; {@code onClose} is told when the connection is gone. */
  static Uni<MqttSession> connect(
      Vertx vertx, MqttBroker broker, MqttClientOptions options, Consumer<MqttSession> onClose) {
    MqttClient client = MqttClient.create(vertx, options);
    MqttSession session = new MqttSession(client);
    client.publishCompletionHandler(session::acknowledged);
    client.publishCompletionExpirationHandler(
        id -> session.failOne(id, "no acknowledgement from " + broker));
    client.closeHandler(
        ignored -> {
          session.closeAll("connection to " + broker + " closed");
          onClose.accept(session);
        });
    Future<?> connected =
        client.connect(broker.port(), broker.host(), broker.tls() ? broker.host() : null);
    return Uni.createFrom().completionStage(connected.toCompletionStage()).replaceWith(session);
  }

  boolean isOpen() {
    synchronized (this) {
      return !closed && client.isConnected();
    }
  }

  /** Publishes and completes once the server acknowledged the message as its QoS requires. */
  Uni<Void> publish(String topic, byte[] payload, MqttQoS qos) {
    Promise<Void> done = Promise.promise();
    client
        .publish(topic, Buffer.buffer(payload), qos, false, false)
        .onSuccess(id -> sent(id, qos, done))
        .onFailure(done::tryFail);
    return Uni.createFrom().completionStage(done.future().toCompletionStage());
  }

  private void sent(int packetId, MqttQoS qos, Promise<Void> done) {
    if (qos == MqttQoS.AT_MOST_ONCE) {
      done.tryComplete();
      return;
    }
    synchronized (this) {
      if (!earlyAcks.remove(packetId)) {
        if (closed) {
          done.tryFail("connection closed before acknowledgement");
        } else {
          awaiting.put(packetId, done);
        }
        return;
      }
    }
    done.tryComplete();
  }

  private void acknowledged(int packetId) {
    Promise<Void> done;
    synchronized (this) {
      done = awaiting.remove(packetId);
      if (done == null) {
        earlyAcks.add(packetId);
        return;
      }
    }
    done.tryComplete();
  }

  private void failOne(int packetId, String reason) {
    Promise<Void> done;
    synchronized (this) {
      done = awaiting.remove(packetId);
    }
    if (done != null) {
      done.tryFail(reason);
    }
  }

  private void closeAll(String reason) {
    List<Promise<Void>> pending;
    synchronized (this) {
      closed = true;
      pending = new ArrayList<>(awaiting.values());
      awaiting.clear();
      earlyAcks.clear();
    }
    pending.forEach(p -> p.tryFail(reason));
  }

  /** Disconnects politely; pending publishes fail. */
  void close() {
    if (client.isConnected()) {
      client.disconnect();
    }
    closeAll("notifier closed");
  }
}
