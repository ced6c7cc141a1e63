package org.civicbroker.broker.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Notification delivery ({@code broker.notification.*}): timeouts, retries, per-endpoint queues and
 * the outbox that keeps pending notifications in the store.
 */
@ConfigMapping(prefix = "broker.notification")
public interface NotificationConfig {

  /**
   * Longest wait for one delivery attempt: the HTTP response, or the MQTT acknowledgement (QoS 1
   * and 2). A longer attempt counts as failed and is retried.
   */
  @WithDefault("10s")
  Duration timeout();

  /** Longest wait for a TCP (and TLS) connection to an endpoint. */
  @WithDefault("5s")
  Duration connectTimeout();

  Retry retry();

  Endpoint endpoint();

  Outbox outbox();

  /**
   * Retries of failed attempts: exponential backoff with full jitter, the n-th retry waits a random
   * time between 0 and {@code min(backoff-max, backoff-base * 2^(n-1))}.
   */
  interface Retry {
    /**
     * Most attempts per notification, the first one included; then it is dropped as failed. With
     * the default backoff, 30 attempts span about an hour; an endpoint failing half of all requests
     * at random then loses about one notification in a billion.
     */
    @WithDefault("30")
    int maxAttempts();

    /** A notification older than this is not retried again after its next failed attempt. */
    @WithDefault("24h")
    Duration maxAge();

    @WithDefault("1s")
    Duration backoffBase();

    @WithDefault("5m")
    Duration backoffMax();
  }

  /** Isolation of endpoints: one queue per scheme, host and port. */
  interface Endpoint {
    /**
     * Most notifications waiting in memory for one endpoint (besides those in flight); more stay in
     * the outbox and are loaded when the queue has room.
     */
    @WithDefault("1000")
    int queueCapacity();

    /** Most attempts in flight at once to one endpoint. */
    @WithDefault("8")
    int concurrency();
  }

  /** The outbox: pending notifications in the store, claimed with a lease by one broker. */
  interface Outbox {
    /** How often the outbox is searched for due notifications when nothing was due last time. */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * How long a claim on a pending notification lasts; the claiming broker renews it every third
     * of this time while it holds the notification. A crashed broker's claims expire after it, and
     * another broker (or the restarted one) delivers them. Must exceed {@link #timeout()}.
     */
    @WithDefault("30s")
    Duration lease();

    /** Most due notifications looked at per search of the outbox. */
    @WithDefault("500")
    int batchSize();
  }
}
