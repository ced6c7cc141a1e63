package org.civicbroker.broker.notification.delivery;

import java.util.Optional;

/**
 * An MQTT server and the credentials to use on it: notifications to the same broker share one
 * connection.
 *
 * @param host server host
 * @param port server port
 * @param tls whether to connect with TLS ({@code mqtts})
 * @param username user name from the endpoint URI
 * @param password password from the endpoint URI
 */
public record MqttBroker(
    String host, int port, boolean tls, Optional<String> username, Optional<String> password) {

  /** Without the password. */
  @Override
  public String toString() {
    return (tls ? "mqtts://" : "mqtt://")
        + username.map(u -> u + "@").orElse("")
        + host
        + ":"
        + port;
  }
}
