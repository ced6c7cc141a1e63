package org.civicbroker.broker.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** Only the warning about this package's disabled Kafka channels is dropped. */
class DisabledChannelsLogFilterTest {
  private static final String HEADER =
      "SRMSG00207: Some components are not connected to either downstream consumers or upstream"
          + " producers:\n";
  private static final String KAFKA_LINES =
      "\t- Emitter{channel:'entity-changes-kafka-out'} has no downstream\n"
          + "\t- SubscriberMethod{method:'x.KafkaReplicas#onEntityChange',"
          + " incoming:'entity-changes-kafka-replica'} has no upstream\n";
  private final DisabledChannelsLogFilter filter = new DisabledChannelsLogFilter();

  private boolean logged(String message) {
    return filter.isLoggable(new LogRecord(Level.WARNING, message));
  }

  @Test
  void theWarningAboutTheKafkaChannelsAloneIsDropped() {
    assertThat(logged(HEADER + KAFKA_LINES)).isFalse();
  }

  @Test
  void anyOtherUnconnectedComponentKeepsTheWarning() {
    assertThat(logged(HEADER + KAFKA_LINES + "\t- Emitter{channel:'orders'} has no downstream\n"))
        .isTrue();
    assertThat(logged(HEADER)).isTrue();
  }

  @Test
  void otherMessagesPass() {
    assertThat(logged("SRMSG00231: Incoming channel `entity-changes-kafka-replica` disabled"))
        .isTrue();
    assertThat(logged(null)).isTrue();
  }
}
