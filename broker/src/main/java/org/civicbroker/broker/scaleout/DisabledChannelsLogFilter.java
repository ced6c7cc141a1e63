package org.civicbroker.broker.scaleout;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Drops SmallRye's start-up warning that some channels are not connected (SRMSG00207) when the only
 * unconnected components are this package's Kafka channels: with the in-memory transport they are
 * disabled on purpose. Any other unconnected component still gets the warning. Installed on the
 * console ({@code quarkus.log.console.filter}).
 */
@LoggingFilter(name = DisabledChannelsLogFilter.NAME)
public final class DisabledChannelsLogFilter implements Filter {
  /** The name the log handlers refer to. */
  public static final String NAME = "disabled-kafka-channels";

  private static final String UNCONNECTED = "SRMSG00207";
  private static final String COMPONENT = "\t- ";

  @Override
  public boolean isLoggable(LogRecord record) {
    String message =
        record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
    return message == null || !message.startsWith(UNCONNECTED) || !onlyKafkaChannels(message);
  }

  static boolean onlyKafkaChannels(String message) {
    boolean any = false;
    for (String line : message.split("\n")) {
      if (line.startsWith(COMPONENT)) {
        if (!line.contains("-kafka-")) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }
}
