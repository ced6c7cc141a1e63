package org.civicbroker.broker.entity.store.mongo;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/**
 * Instants as BSON dates (milliseconds, so MongoDB can compare and index them) plus, only when the
 * instant has a sub-millisecond part, a companion field {@code <name>Ns} with the nanoseconds
 * within the millisecond. Together they round-trip exactly.
 */
final class Timestamps {
  private static final int NANOS_PER_MILLI = 1_000_000;

  private Timestamps() {}

  static void put(Document doc, String name, Instant instant) {
    if (instant == null) {
      return;
    }
    doc.append(name, new Date(instant.toEpochMilli()));
    int subMilli = instant.getNano() % NANOS_PER_MILLI;
    if (subMilli != 0) {
      doc.append(name + "Ns", subMilli);
    }
  }

  static Instant get(Document doc, String name) {
    Date date = doc.get(name, Date.class);
    if (date == null) {
      return null;
    }
    Integer subMilli = doc.get(name + "Ns", Integer.class);
    Instant instant = date.toInstant();
    return subMilli == null ? instant : instant.plusNanos(subMilli);
  }
}
