package org.civicbroker.broker.entity.codec;

import java.time.DateTimeException;
import java.time.Instant;

/**
 * Reads what {@link ByteWriter} wrote. Every read checks its bounds, so that truncated or corrupt
 * input fails with an {@link IllegalArgumentException}, never an index exception.
 */
final class ByteReader {
  private final byte[] buf;
  private int pos;

  ByteReader(byte[] buf) {
    this.buf = buf;
  }

  int position() {
    return pos;
  }

  boolean atEnd() {
    return pos == buf.length;
  }

  int readByte() {
    require(1);
    return buf[pos++] & 0xFF;
  }

  void skip(int n) {
    require(n);
    pos += n;
  }

  int readVarInt() {
    int result = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = readByte();
      result |= (b & 0x7F) << shift;
      if (b < 0x80) {
        return result;
      }
    }
    throw corrupt("varint longer than 5 bytes");
  }

  long readVarLong() {
    long result = 0;
    for (int shift = 0; shift < 70; shift += 7) {
      int b = readByte();
      result |= (long) (b & 0x7F) << shift;
      if (b < 0x80) {
        return result;
      }
    }
    throw corrupt("varint longer than 10 bytes");
  }

  long readZigZag() {
    long v = readVarLong();
    return (v >>> 1) ^ -(v & 1);
  }

  /**
   * A count or length: non-negative and, as each item takes a byte at least, not above the rest.
   */
  int readCount() {
    int n = readVarInt();
    if (n < 0 || n > buf.length - pos) {
      throw corrupt("count " + Integer.toUnsignedString(n) + " exceeds the remaining input");
    }
    return n;
  }

  int readFixed32() {
    require(4);
    int v = 0;
    for (int i = 0; i < 4; i++) {
      v |= (buf[pos++] & 0xFF) << (8 * i);
    }
    return v;
  }

  long readFixed64() {
    require(8);
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v |= (long) (buf[pos++] & 0xFF) << (8 * i);
    }
    return v;
  }

  byte[] readBytes(int n) {
    require(n);
    byte[] out = new byte[n];
    System.arraycopy(buf, pos, out, 0, n);
    pos += n;
    return out;
  }

  String readString() {
    int length = readCount();
    String s = Utf8.decode(buf, pos, length);
    pos += length;
    return s;
  }

  Instant readInstant() {
    long seconds = readZigZag();
    long tagged = readVarLong();
    long fraction = tagged >>> 2;
    if (fraction >= 1_000_000_000L) {
      throw corrupt("instant fraction " + fraction);
    }
    long nanos =
        switch ((int) (tagged & 3)) {
          case 0 -> fraction * 1_000_000;
          case 1 -> fraction * 1_000;
          case 2 -> fraction;
          default -> throw corrupt("instant unit 3");
        };
    if (nanos >= 1_000_000_000L) {
      throw corrupt("instant fraction " + nanos + " ns");
    }
    try {
      return Instant.ofEpochSecond(seconds, nanos);
    } catch (DateTimeException e) {
      throw corrupt("instant out of range: " + seconds + " s");
    }
  }

  IllegalArgumentException corrupt(String what) {
    return new IllegalArgumentException(
        "Corrupt or truncated entity bytes at offset " + pos + " of " + buf.length + ": " + what);
  }

  private void require(int n) {
    if (n < 0 || n > buf.length - pos) {
      throw corrupt("needs " + n + " more bytes");
    }
  }
}
