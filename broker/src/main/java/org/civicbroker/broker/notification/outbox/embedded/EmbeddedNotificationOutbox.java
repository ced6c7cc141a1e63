package org.civicbroker.broker.notification.outbox.embedded;

import io.smallrye.mutiny.Uni;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.civicbroker.broker.notification.PendingNotification;
import org.civicbroker.broker.notification.outbox.NotificationOutbox;
import org.civicbroker.broker.storage.embedded.Column;
import org.civicbroker.broker.storage.embedded.Cursor;
import org.civicbroker.broker.storage.embedded.EmbeddedStorage;
import org.civicbroker.broker.storage.embedded.Keys;
import org.civicbroker.broker.storage.embedded.WriteContext;
import org.civicbroker.model.id.Tenant;

/**
 * {@link NotificationOutbox} on the embedded store: one record per pending notification in {@link
 * Column#OUTBOX} (by id), and an index in {@link Column#OUTBOX_DUE} keyed by the time it may next
 * be taken (its due time, or its claim's end while claimed) and its id, whose value is the
 * notification's queue, so the search for due notifications is one range scan that reads no record.
 * Claims, renewals, releases, reschedules and removals are conditional updates inside the store's
 * writer; only additions are forced to disk (losing any of the others in a crash only repeats a
 * delivery or an attempt, never loses a notification). Notifications that an entity write triggers
 * are added by that write, in the same commit ({@link #stage}).
 */
public final class EmbeddedNotificationOutbox implements NotificationOutbox {
  private static final int MAX_ERROR = 1000;

  private final EmbeddedStorage storage;
  private final AtomicLong pending = new AtomicLong();

  /**
   * The outbox of an embedded store, which only one broker process can have open: claims found in
   * it were held by an earlier process of this broker, which is gone, so they are released at once
   * (their notifications are due again without waiting for the claims to lapse).
   */
  public EmbeddedNotificationOutbox(EmbeddedStorage storage) {
    this.storage = storage;
    List<String> claimed = new ArrayList<>();
    long n = 0;
    try (Cursor cursor = storage.scan(Column.OUTBOX, new byte[0])) {
      while (cursor.hasNext()) {
        Cursor.Entry e = cursor.next();
        if (OutboxRecords.claimedBy(e.value()) != null) {
          claimed.add(new String(e.key(), StandardCharsets.UTF_8));
        }
        n++;
      }
    }
    pending.set(n);
    if (!claimed.isEmpty()) {
      storage.write(c -> releaseAll(c, claimed), true).await().indefinitely();
    }
  }

  private static Void releaseAll(WriteContext c, List<String> ids) {
    for (String id : ids) {
      OutboxRecord r = read(c, id);
      if (r != null && r.claimedBy() != null) {
        put(c, r.released(), r);
      }
    }
    return null;
  }

  /**
   * Stages a new notification, claimed by {@code owner}, with a write task of another kind (an
   * entity write), so both commit together; false when its id is already pending.
   */
  public boolean stage(WriteContext c, PendingNotification p, String owner) {
    byte[] key = Keys.utf8(p.id());
    if (c.get(Column.OUTBOX, key) != null) {
      return false;
    }
    put(c, new OutboxRecord(p, owner, null), null);
    c.afterCommit(pending::incrementAndGet);
    return true;
  }

  @Override
  public Uni<Boolean> add(PendingNotification p, String owner) {
    return storage.write(c -> stage(c, p, owner), true);
  }

  @Override
  public Uni<List<Candidate>> due(Instant now, Set<String> skipQueues, int limit) {
    return Uni.createFrom()
        .item(
            () -> {
              List<Candidate> found = new ArrayList<>();
              byte[] to = Keys.numbered(now.toEpochMilli() + 1, "");
              try (Cursor cursor = storage.range(Column.OUTBOX_DUE, new byte[0], to)) {
                while (cursor.hasNext() && found.size() < limit) {
                  Cursor.Entry e = cursor.next();
                  String queue = new String(e.value(), StandardCharsets.UTF_8);
                  if (!skipQueues.contains(queue)) {
                    found.add(new Candidate(Keys.textOf(e.key()), queue));
                  }
                }
              }
              return found;
            });
  }

  @Override
  public Uni<Optional<PendingNotification>> claim(
      String id, String owner, Instant now, Instant until) {
    return storage.write(
        c -> {
          OutboxRecord r = read(c, id);
          if (r == null || r.claimedAt(now)) {
            return Optional.empty();
          }
          OutboxRecord claimed = r.claimed(owner, until);
          put(c, claimed, r);
          return Optional.of(claimed.pending());
        },
        false);
  }

  @Override
  public Uni<Long> renew(Collection<String> ids, String owner, Instant until) {
    return storage.write(
        c -> {
          long held = 0;
          for (String id : ids) {
            OutboxRecord r = read(c, id);
            if (r != null && r.heldBy(owner)) {
              put(c, r.claimed(owner, until), r);
              held++;
            }
          }
          return held;
        },
        false);
  }

  @Override
  public Uni<Void> release(Collection<String> ids, String owner) {
    if (ids.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return storage.write(
        c -> {
          for (String id : ids) {
            OutboxRecord r = read(c, id);
            if (r != null && r.heldBy(owner)) {
              put(c, r.released(), r);
            }
          }
          return null;
        },
        false);
  }

  @Override
  public Uni<Void> reschedule(
      String id, String owner, int attempts, Instant dueAt, String lastError) {
    String error =
        lastError != null && lastError.length() > MAX_ERROR
            ? lastError.substring(0, MAX_ERROR)
            : lastError;
    return storage.write(
        c -> {
          OutboxRecord r = read(c, id);
          if (r != null && r.heldBy(owner)) {
            put(c, r.rescheduled(attempts, dueAt, error), r);
          }
          return null;
        },
        false);
  }

  @Override
  public Uni<Void> remove(String id) {
    byte[] key = Keys.utf8(id);
    return storage.write(
        c -> {
          byte[] value = c.get(Column.OUTBOX, key);
          if (value != null) {
            c.delete(Column.OUTBOX, key);
            c.delete(Column.OUTBOX_DUE, Keys.numbered(OutboxRecords.availableAt(value), id));
            pending.decrementAndGet();
          }
          return null;
        },
        false);
  }

  @Override
  public Uni<Long> removeAll(Tenant tenant, String subscriptionId) {
    return Uni.createFrom()
        .item(() -> idsOf(tenant, subscriptionId))
        .chain(
            ids ->
                storage.write(
                    c -> {
                      long removed = 0;
                      for (String id : ids) {
                        OutboxRecord r = read(c, id);
                        if (r != null) {
                          delete(c, r);
                          removed++;
                        }
                      }
                      return removed;
                    },
                    false));
  }

  private List<String> idsOf(Tenant tenant, String subscriptionId) {
    String name = tenant.name();
    List<String> ids = new ArrayList<>();
    try (Cursor cursor = storage.scan(Column.OUTBOX, new byte[0])) {
      while (cursor.hasNext()) {
        Cursor.Entry e = cursor.next();
        String[] of = OutboxRecords.subscriptionOf(e.value());
        if (java.util.Objects.equals(of[0], name) && of[1].equals(subscriptionId)) {
          ids.add(new String(e.key(), StandardCharsets.UTF_8));
        }
      }
    }
    return ids;
  }

  @Override
  public Uni<Long> count() {
    return Uni.createFrom().item(pending::get);
  }

  private static OutboxRecord read(WriteContext c, String id) {
    byte[] value = c.get(Column.OUTBOX, Keys.utf8(id));
    return value == null ? null : OutboxRecords.decode(value);
  }

  /** Writes the record and moves its index entry from where {@code previous} had it. */
  private static void put(WriteContext c, OutboxRecord record, OutboxRecord previous) {
    String id = record.pending().id();
    if (previous != null) {
      c.delete(Column.OUTBOX_DUE, Keys.numbered(previous.availableAt(), id));
    }
    c.put(Column.OUTBOX, Keys.utf8(id), OutboxRecords.encode(record));
    c.put(
        Column.OUTBOX_DUE,
        Keys.numbered(record.availableAt(), id),
        Keys.utf8(record.pending().queueKey()));
  }

  private void delete(WriteContext c, OutboxRecord record) {
    String id = record.pending().id();
    c.delete(Column.OUTBOX, Keys.utf8(id));
    c.delete(Column.OUTBOX_DUE, Keys.numbered(record.availableAt(), id));
    c.afterCommit(pending::decrementAndGet);
  }
}
