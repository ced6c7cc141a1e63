package org.civicbroker.broker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import org.civicbroker.broker.notification.dispatch.RetryPolicy;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private static final Instant CREATED = Instant.parse("2024-05-01T10:00:00Z");
  private final RetryPolicy policy =
      new RetryPolicy(6, Duration.ofHours(1), Duration.ofSeconds(1), Duration.ofSeconds(20));
  private final SplittableRandom random = new SplittableRandom(42);

  private Optional<Duration> after(int attempts, Duration age, Optional<Duration> notBefore) {
    return policy.nextDelay(attempts, CREATED, CREATED.plus(age), notBefore, random);
  }

  @Test
  void theWaitIsJitteredBelowADoublingCeilingCappedAtTheMaximum() {
    long[] ceilings = {1_000, 2_000, 4_000, 8_000, 16_000};
    for (int attempts = 1; attempts <= 5; attempts++) {
      long ceiling = ceilings[attempts - 1];
      long longest = 0;
      for (int sample = 0; sample < 500; sample++) {
        long wait = after(attempts, Duration.ZERO, Optional.empty()).orElseThrow().toMillis();
        assertThat(wait).isBetween(0L, ceiling);
        longest = Math.max(longest, wait);
      }
      assertThat(longest).as("full jitter reaches near the ceiling").isGreaterThan(ceiling / 2);
    }
    RetryPolicy many =
        new RetryPolicy(100, Duration.ofDays(1), Duration.ofSeconds(1), Duration.ofSeconds(20));
    assertThat(many.nextDelay(80, CREATED, CREATED, Optional.empty(), random).orElseThrow())
        .isLessThanOrEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void noRetryAfterTheMostAttemptsOrPastTheMaximumAge() {
    assertThat(after(5, Duration.ZERO, Optional.empty())).isPresent();
    assertThat(after(6, Duration.ZERO, Optional.empty())).isEmpty();
    assertThat(after(1, Duration.ofMinutes(59), Optional.empty())).isPresent();
    assertThat(after(1, Duration.ofMinutes(61), Optional.empty())).isEmpty();
  }

  @Test
  void retryAfterIsHonouredUpToTheMaximum() {
    assertThat(after(1, Duration.ZERO, Optional.of(Duration.ofSeconds(7))))
        .contains(Duration.ofSeconds(7));
    assertThat(after(1, Duration.ZERO, Optional.of(Duration.ofHours(2))))
        .contains(Duration.ofSeconds(20));
  }
}
