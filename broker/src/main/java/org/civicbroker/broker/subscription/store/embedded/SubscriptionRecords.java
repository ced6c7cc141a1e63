package org.civicbroker.broker.subscription.store.embedded;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import org.civicbroker.broker.subscription.store.DeliveryDelta;
import org.civicbroker.broker.subscription.store.DeliveryStatus;
import org.civicbroker.broker.subscription.store.StoredSubscription;
import org.civicbroker.broker.subscription.store.document.SubscriptionDefinitions;
import org.civicbroker.model.subscription.Subscription;

/**
 * The value of a subscription in the embedded store: a fixed header (layout version, definition
 * version, periodic claim, delivery status; times in epoch milliseconds, -1 for none) followed by
 * the definition as a BSON document ({@link SubscriptionDefinitions}). Status and claim change in
 * the header alone.
 */
final class SubscriptionRecords {
  private static final byte LAYOUT = 1;
  private static final int HEADER = 1 + 8 * 7;
  private static final long NONE = -1;

  private final SubscriptionDefinitions definitions = new SubscriptionDefinitions();

  /** A record of a definition at {@code version}, with the status and claim of {@code previous}. */
  byte[] encode(Subscription subscription, long version, byte[] previous) {
    byte[] definition = BsonBytes.encode(definitions.definition(subscription));
    ByteBuffer out = ByteBuffer.allocate(HEADER + definition.length);
    out.put(LAYOUT).putLong(version);
    if (previous == null) {
      out.putLong(NONE).putLong(0).putLong(0).putLong(NONE).putLong(NONE).putLong(NONE);
    } else {
      out.put(previous, 9, HEADER - 9);
    }
    return out.put(definition).array();
  }

  StoredSubscription decode(String id, byte[] record) {
    ByteBuffer in = header(record);
    long version = in.getLong();
    in.getLong();
    DeliveryStatus status =
        new DeliveryStatus(in.getLong(), in.getLong(), time(in), time(in), time(in));
    Subscription s =
        definitions.subscription(
            id, BsonBytes.decode(ByteBuffer.wrap(record, HEADER, record.length - HEADER).slice()));
    return new StoredSubscription(s, status, version);
  }

  long version(byte[] record) {
    return header(record).getLong(1);
  }

  /** The record with the delta added to its status. */
  byte[] withDelta(byte[] record, DeliveryDelta delta) {
    byte[] copy = record.clone();
    ByteBuffer b = ByteBuffer.wrap(copy);
    b.putLong(17, b.getLong(17) + delta.sent());
    b.putLong(25, b.getLong(25) + delta.failed());
    later(b, 33, delta.lastNotification());
    later(b, 41, delta.lastSuccess());
    later(b, 49, delta.lastFailure());
    return copy;
  }

  /**
   * The record with the periodic claim set to {@code now}, or null when the last claim is less than
   * {@code interval} before {@code now}.
   */
  byte[] claimed(byte[] record, Instant now, Duration interval) {
    ByteBuffer b = ByteBuffer.wrap(record);
    long last = b.getLong(9);
    if (last != NONE && last > now.minus(interval).toEpochMilli()) {
      return null;
    }
    byte[] copy = record.clone();
    ByteBuffer.wrap(copy).putLong(9, now.toEpochMilli());
    return copy;
  }

  private static void later(ByteBuffer b, int at, Instant time) {
    if (time != null && time.toEpochMilli() > b.getLong(at)) {
      b.putLong(at, time.toEpochMilli());
    }
  }

  private static ByteBuffer header(byte[] record) {
    if (record.length < HEADER || record[0] != LAYOUT) {
      throw new IllegalArgumentException("Not a subscription record of layout " + LAYOUT);
    }
    ByteBuffer in = ByteBuffer.wrap(record);
    in.get();
    return in;
  }

  private static Instant time(ByteBuffer in) {
    long millis = in.getLong();
    return millis == NONE ? null : Instant.ofEpochMilli(millis);
  }
}
