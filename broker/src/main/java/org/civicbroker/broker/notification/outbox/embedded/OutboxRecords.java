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
 * The bytes of an {@link OutboxRecord}: a layout version, then the notification (id, tenant,
 * subscription, endpoint, body, content type, headers, notifiedAt) and its delivery state, times as
 * epoch seconds and nanoseconds, absent strings as a 0 flag. Layout 2 writes strings as a length
 * and UTF-8 bytes, of any length (header and receiverInfo values have no limit of their own; an
 * unpaired surrogate, which no header can carry, becomes '?'). Layout 1, still read, wrote them in
 * modified UTF-8, which cannot hold more than 65,535 bytes.
 */
final class OutboxRecords {
  private static final byte LAYOUT = 2;
  private static final byte SHORT_STRINGS_LAYOUT = 1;

  private OutboxRecords() {}

  static byte[] encode(OutboxRecord record) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      PendingNotification p = record.pending();
      Notification n = p.notification();
      out.writeByte(LAYOUT);
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
      out.writeInt(p.attempts());
      instant(out, p.createdAt());
      instant(out, p.dueAt());
      instant(out, p.claimedUntil());
      optional(out, record.claimedBy());
      optional(out, record.lastError());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static OutboxRecord decode(byte[] value) {
    try (Input in = Input.of(value)) {
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
      PendingNotification p =
          new PendingNotification(n, in.readInt(), in.instant(), in.instant(), in.instant());
      return new OutboxRecord(p, in.optional(), in.optional());
    } catch (IOException e) {
      throw new IllegalArgumentException("Damaged outbox record", e);
    }
  }

  /** The tenant and subscription of a record, read without the rest. */
  static String[] subscriptionOf(byte[] value) {
    try (Input in = Input.of(value)) {
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

  /** A record being read, in the layout its first byte names. */
  private static final class Input extends DataInputStream {
    private final boolean shortStrings;

    private Input(byte[] value, boolean shortStrings) {
      super(new ByteArrayInputStream(value, 1, value.length - 1));
      this.shortStrings = shortStrings;
    }

    static Input of(byte[] value) throws IOException {
      byte layout = value.length == 0 ? 0 : value[0];
      if (layout != LAYOUT && layout != SHORT_STRINGS_LAYOUT) {
        throw new IOException("Not an outbox record of layout 1 or 2");
      }
      return new Input(value, layout == SHORT_STRINGS_LAYOUT);
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
      return shortStrings ? readUTF() : new String(bytes(), StandardCharsets.UTF_8);
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
