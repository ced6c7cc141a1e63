package org.civicbroker.broker.notification.outbox.embedded;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civicbroker.broker.notification.Endpoint;
import org.civicbroker.broker.notification.Notification;
import org.civicbroker.broker.notification.PendingNotification;
import org.civicbroker.model.id.Tenant;

/**
 * The bytes of an {@link OutboxRecord}: a layout version, the delivery state (attempts, created,
 * due, claimed until, claimed by, last error: read alone where only it is needed), then the
 * notification (id, tenant, subscription, endpoint, body, content type, headers, notifiedAt);
 * strings in modified UTF-8, times as epoch seconds and nanoseconds, absent strings as a 0 flag.
 */
final class OutboxRecords {
  private static final byte LAYOUT = 1;

  private OutboxRecords() {}

  static byte[] encode(OutboxRecord record) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      PendingNotification p = record.pending();
      Notification n = p.notification();
      out.writeByte(LAYOUT);
      out.writeInt(p.attempts());
      instant(out, p.createdAt());
      instant(out, p.dueAt());
      instant(out, p.claimedUntil());
      string(out, record.claimedBy());
      string(out, record.lastError());
      out.writeUTF(n.id());
      string(out, n.tenant().name());
      out.writeUTF(n.subscriptionId());
      out.writeUTF(n.endpoint().uri().toString());
      string(out, n.endpoint().accept());
      map(out, n.endpoint().receiverInfo());
      map(out, n.endpoint().notifierInfo());
      out.writeInt(n.body().length);
      out.write(n.body());
      string(out, n.contentType());
      map(out, n.headers());
      instant(out, n.notifiedAt());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static OutboxRecord decode(byte[] value) {
    try (DataInputStream in = open(value)) {
      int attempts = in.readInt();
      Instant createdAt = instant(in);
      Instant dueAt = instant(in);
      Instant claimedUntil = instant(in);
      String claimedBy = string(in);
      String lastError = string(in);
      String id = in.readUTF();
      String tenant = string(in);
      String subscription = in.readUTF();
      Endpoint endpoint = new Endpoint(URI.create(in.readUTF()), string(in), map(in), map(in));
      byte[] body = new byte[in.readInt()];
      in.readFully(body);
      Notification n =
          new Notification(
              id,
              new Tenant(tenant),
              subscription,
              endpoint,
              body,
              string(in),
              map(in),
              instant(in));
      return new OutboxRecord(
          new PendingNotification(n, attempts, createdAt, dueAt, claimedUntil),
          claimedBy,
          lastError);
    } catch (IOException e) {
      throw new IllegalArgumentException("Damaged outbox record", e);
    }
  }

  /** When the record's notification may next be taken ({@link OutboxRecord#availableAt}). */
  static long availableAt(byte[] value) {
    try (DataInputStream in = open(value)) {
      in.readInt();
      instant(in);
      long due = instant(in).toEpochMilli();
      long claimedUntil = instant(in).toEpochMilli();
      return string(in) == null ? due : Math.max(due, claimedUntil);
    } catch (IOException e) {
      throw new IllegalArgumentException("Damaged outbox record", e);
    }
  }

  /** Who holds the record's notification, or null. */
  static String claimedBy(byte[] value) {
    try (DataInputStream in = open(value)) {
      in.readInt();
      instant(in);
      instant(in);
      instant(in);
      return string(in);
    } catch (IOException e) {
      throw new IllegalArgumentException("Damaged outbox record", e);
    }
  }

  /** The tenant and subscription of a record, read without the body. */
  static String[] subscriptionOf(byte[] value) {
    try (DataInputStream in = open(value)) {
      in.readInt();
      instant(in);
      instant(in);
      instant(in);
      string(in);
      string(in);
      in.readUTF();
      String tenant = string(in);
      return new String[] {tenant, in.readUTF()};
    } catch (IOException e) {
      throw new IllegalArgumentException("Damaged outbox record", e);
    }
  }

  private static DataInputStream open(byte[] value) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(value));
    if (in.readByte() != LAYOUT) {
      throw new IllegalArgumentException("Not an outbox record of layout " + LAYOUT);
    }
    return in;
  }

  private static void string(DataOutputStream out, String value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeUTF(value);
    }
  }

  private static String string(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  private static void map(DataOutputStream out, Map<String, String> map) throws IOException {
    out.writeInt(map.size());
    for (Map.Entry<String, String> e : map.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
  }

  private static Map<String, String> map(DataInputStream in) throws IOException {
    int size = in.readInt();
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      map.put(in.readUTF(), in.readUTF());
    }
    return map;
  }

  private static void instant(DataOutputStream out, Instant value) throws IOException {
    out.writeLong(value.getEpochSecond());
    out.writeInt(value.getNano());
  }

  private static Instant instant(DataInputStream in) throws IOException {
    return Instant.ofEpochSecond(in.readLong(), in.readInt());
  }
}
