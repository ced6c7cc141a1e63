package org.civicbroker.broker.notification.outbox.embedded;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
 * notification (id, tenant, subscription, endpoint, body, content type, headers, notifiedAt). Times
 * are epoch seconds and nanoseconds; strings a length and UTF-8 bytes, of any length (header and
 * receiverInfo values have no limit of their own; an unpaired surrogate, which no header can carry,
 * becomes '?'); absent strings a 0 flag.
 */
final class OutboxRecords {
  private static final byte LAYOUT = 2;

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
      optional(out, record.claimedBy());
      optional(out, record.lastError());
      text(out, n.id());
      optional(out, n.tenant().name());
      text(out, n.subscriptionId());
      text(out, n.endpoint().uri().toString());
      optional(out, n.endpoint().accept());
      map(out, n.endpoint().receiverInfo());
      map(out, n.endpoint().notifierInfo());
      out.writeInt(n.body().length);
      out.write(n.body());
      optional(out, n.contentType());
      map(out, n.headers());
      instant(out, n.notifiedAt());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static OutboxRecord decode(byte[] value) {
    try (Input in = Input.of(value)) {
      int attempts = in.readInt();
      Instant createdAt = in.instant();
      Instant dueAt = in.instant();
      Instant claimedUntil = in.instant();
      String claimedBy = in.optional();
      String lastError = in.optional();
      String id = in.text();
      String tenant = in.optional();
      String subscription = in.text();
      Endpoint endpoint = new Endpoint(URI.create(in.text()), in.optional(), in.map(), in.map());
      byte[] body = in.bytes();
      Notification n =
          new Notification(
              id,
              new Tenant(tenant),
              subscription,
              endpoint,
              body,
              in.optional(),
              in.map(),
              in.instant());
      return new OutboxRecord(
          new PendingNotification(n, attempts, createdAt, dueAt, claimedUntil),
          claimedBy,
          lastError);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("Damaged outbox record", e);
    }
  }

  /** When the record's notification may next be taken ({@link OutboxRecord#availableAt}). */
  static long availableAt(byte[] value) {
    try (Input in = Input.of(value)) {
      in.readInt();
      in.instant();
      long due = in.instant().toEpochMilli();
      long claimedUntil = in.instant().toEpochMilli();
      return in.optional() == null ? due : Math.max(due, claimedUntil);
    } catch (IOException e) {
      throw new IllegalArgumentException("Damaged outbox record", e);
    }
  }

  /** Who holds the record's notification, or null. */
  static String claimedBy(byte[] value) {
    try (Input in = Input.of(value)) {
      in.readInt();
      in.instant();
      in.instant();
      in.instant();
      return in.optional();
    } catch (IOException e) {
      throw new IllegalArgumentException("Damaged outbox record", e);
    }
  }

  /** The tenant and subscription of a record, read without the body. */
  static String[] subscriptionOf(byte[] value) {
    try (Input in = Input.of(value)) {
      in.readInt();
      in.instant();
      in.instant();
      in.instant();
      in.optional();
      in.optional();
      in.text();
      String tenant = in.optional();
      return new String[] {tenant, in.text()};
    } catch (IOException e) {
      throw new IllegalArgumentException("Damaged outbox record", e);
    }
  }

  private static void text(DataOutputStream out, String value) throws IOException {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static void optional(DataOutputStream out, String value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      text(out, value);
    }
  }

  private static void map(DataOutputStream out, Map<String, String> map) throws IOException {
    out.writeInt(map.size());
    for (Map.Entry<String, String> e : map.entrySet()) {
      text(out, e.getKey());
      text(out, e.getValue());
    }
  }

  private static void instant(DataOutputStream out, Instant value) throws IOException {
    out.writeLong(value.getEpochSecond());
    out.writeInt(value.getNano());
  }

  /** A record being read, after its layout byte. */
  private static final class Input extends DataInputStream {
    private Input(byte[] value) {
      super(new ByteArrayInputStream(value, 1, value.length - 1));
    }

    static Input of(byte[] value) throws IOException {
      if (value.length == 0 || value[0] != LAYOUT) {
        throw new IOException("Not an outbox record of layout " + LAYOUT);
      }
      return new Input(value);
    }

    byte[] bytes() throws IOException {
      int length = readInt();
      if (length < 0 || length > available()) {
        throw new IOException("Length " + length + " beyond the record");
      }
      byte[] bytes = new byte[length];
      readFully(bytes);
      return bytes;
    }

    String text() throws IOException {
      return new String(bytes(), StandardCharsets.UTF_8);
    }

    String optional() throws IOException {
      return readBoolean() ? text() : null;
    }

    Map<String, String> map() throws IOException {
      int size = readInt();
      Map<String, String> map = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        map.put(text(), text());
      }
      return map;
    }

    Instant instant() throws IOException {
      return Instant.ofEpochSecond(readLong(), readInt());
    }
  }
}
