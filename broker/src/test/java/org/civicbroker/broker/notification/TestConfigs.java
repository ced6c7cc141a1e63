package org.civicbroker.broker.notification;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.civicbroker.broker.config.NotificationConfig;

/**
 * {@link NotificationConfig} outside Quarkus, read by SmallRye Config with Quarkus' duration
 * format, like the application reads it: the defaults, fast timings for tests, then the test's own
 * settings (keys without the {@code broker.notification.} prefix).
 */
public final class TestConfigs {
  private static final Map<String, String> FAST =
      Map.of(
          "timeout", "2s",
          "connect-timeout", "2s",
          "retry.backoff-base", "20ms",
          "retry.backoff-max", "100ms",
          "outbox.poll-interval", "50ms",
          "outbox.lease", "10s");

  private TestConfigs() {}

  public static NotificationConfig fast(Map<String, String> settings) {
    Map<String, String> all = new HashMap<>();
    FAST.forEach((k, v) -> all.put("broker.notification." + k, v));
    settings.forEach((k, v) -> all.put("broker.notification." + k, v));
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withMapping(NotificationConfig.class)
            .withConverter(Duration.class, 200, new DurationConverter())
            .withSources(new PropertiesConfigSource(all, "test", 500))
            .build();
    return config.getConfigMapping(NotificationConfig.class);
  }
}
