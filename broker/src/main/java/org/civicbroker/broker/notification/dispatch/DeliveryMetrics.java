package org.civicbroker.broker.notification.dispatch;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Delivery metrics (in /q/metrics): {@code ngsild_notifications_sent_total}, {@code
 * ngsild_notifications_retried_total} (failed attempts that are retried), {@code
 * ngsild_notifications_failed_total} (notifications given up), each by {@code scheme}; gauges
 * {@code ngsild_notifications_queued} (waiting in memory), {@code ngsild_notifications_in_flight}
 * and {@code ngsild_notifications_endpoints} (endpoints with a queue).
 */
public final class DeliveryMetrics {
  private final MeterRegistry registry;

  public DeliveryMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Registers the queue gauges. */
  public void watch(EndpointQueues queues) {
    Gauge.builder("ngsild.notifications.queued", queues, EndpointQueues::waiting)
        .description("Notifications waiting in endpoint queues")
        .strongReference(true)
        .register(registry);
    Gauge.builder("ngsild.notifications.in.flight", queues, EndpointQueues::running)
        .description("Delivery attempts in flight")
        .strongReference(true)
        .register(registry);
    Gauge.builder("ngsild.notifications.endpoints", queues, EndpointQueues::endpoints)
        .description("Endpoints with notifications queued or in flight")
        .strongReference(true)
        .register(registry);
  }

  void sent(String scheme) {
    registry.counter("ngsild.notifications.sent", "scheme", scheme).increment();
  }

  void retried(String scheme) {
    registry.counter("ngsild.notifications.retried", "scheme", scheme).increment();
  }

  void failed(String scheme) {
    registry.counter("ngsild.notifications.failed", "scheme", scheme).increment();
  }
}
