package org.civicbroker.broker.notification.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.civicbroker.broker.config.NotificationConfig;

/**
 * When to retry a failed attempt: exponential backoff with full jitter (the wait after the n-th
 * failed attempt is uniformly random in {@code [0, min(max, base * 2^(n-1))]}), so that a receiver
 * coming back is not hit by every pending notification at once; never sooner than the receiver
 * asked ({@code Retry-After}, capped at {@code max}). No retry after {@code maxAttempts} attempts,
 * nor for a notification older than {@code maxAge}.
 */
public record RetryPolicy(int maxAttempts, Duration maxAge, Duration base, Duration max) {

  public static RetryPolicy of(NotificationConfig.Retry config) {
    return new RetryPolicy(
        config.maxAttempts(), config.maxAge(), config.backoffBase(), config.backoffMax());
  }

  /**
   * The wait before the next attempt, or empty when the notification has failed for good.
   *
   * @param failedAttempts attempts made so far, all failed (at least 1)
   * @param createdAt when the notification was enqueued
   * @param now the time of the last failure
   * @param notBefore the earliest retry the receiver asked for
   * @param random source of the jitter
   */
  public Optional<Duration> nextDelay(
      int failedAttempts,
      Instant createdAt,
      Instant now,
      Optional<Duration> notBefore,
      RandomGenerator random) {
    if (failedAttempts >= maxAttempts || Duration.between(createdAt, now).compareTo(maxAge) > 0) {
      return Optional.empty();
    }
    long ceiling = ceilingMillis(failedAttempts);
    Duration jittered = Duration.ofMillis(random.nextLong(ceiling + 1));
    Duration asked = notBefore.map(d -> d.compareTo(max) > 0 ? max : d).orElse(Duration.ZERO);
    return Optional.of(jittered.compareTo(asked) >= 0 ? jittered : asked);
  }

  /** {@code min(max, base * 2^(failedAttempts-1))} in milliseconds, without overflow. */
  long ceilingMillis(int failedAttempts) {
    int doublings = Math.min(Math.max(0, failedAttempts - 1), 40);
    long baseMillis = Math.max(1, base.toMillis());
    long maxMillis = max.toMillis();
    if (baseMillis > (maxMillis >> doublings)) {
      return maxMillis;
    }
    return Math.min(maxMillis, baseMillis << doublings);
  }
}
