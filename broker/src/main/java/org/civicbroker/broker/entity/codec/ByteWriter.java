package org.civicbroker.broker.entity.codec;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * A growable byte buffer with the primitives of the codec: unsigned LEB128 varints, zig-zag
 * varints, little-endian fixed-width numbers, length-prefixed strings and instants. Not
 * thread-safe; one per encoding.
 */
final class ByteWriter {
  private byte[] buf;
  private int pos;

  ByteWriter(int capacity) {
    buf = new byte[Math.max(capacity, 16)];
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, pos);
  }

  void writeByte(int b) {
    ensure(1);
    buf[pos++] = (byte) b;
  }

  void writeBytes(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, pos, bytes.length);
    pos += bytes.length;
  }

  /** An int read as unsigned: 1 byte below 128, at most 5. */
  void writeVarInt(int value) {
    ensure(5);
    int v = value;
    while ((v & ~0x7F) != 0) {
      buf[pos++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buf[pos++] = (byte) v;
  }

  /** A long read as unsigned: at most 10 bytes. */
  void writeVarLong(long value) {
    ensure(10);
    long v = value;
    while ((v & ~0x7FL) != 0) {
      buf[pos++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buf[pos++] = (byte) v;
  }

  /** A signed long, small in magnitude = short. */
  void writeZigZag(long value) {
    writeVarLong((value << 1) ^ (value >> 63));
  }

  void writeFixed32(int value) {
    ensure(4);
    for (int i = 0; i < 4; i++) {
      buf[pos++] = (byte) (value >>> (8 * i));
    }
  }

  void writeFixed64(long value) {
    ensure(8);
    for (int i = 0; i < 8; i++) {
      buf[pos++] = (byte) (value >>> (8 * i));
    }
  }

  /** The byte length, then the string in UTF-8 (see {@link Utf8} for unpaired surrogates). */
  private static boolean noQuestionMark(byte[] bytes) {
    for (byte b : bytes) {
      if (b == '?') {
        return false;
      }
    }
    return true;
  }

  void writeString(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    if (utf8.length == s.length() && noQuestionMark(utf8)) {
      // ASCII only (the JDK's encoder is vectorised): every other character takes more bytes,
      // except an unpaired surrogate, which the JDK would have replaced by a question mark
      writeVarInt(utf8.length);
      ensure(utf8.length);
      System.arraycopy(utf8, 0, buf, pos, utf8.length);
      pos += utf8.length;
      return;
    }
    int length = Utf8.encodedLength(s);
    writeVarInt(length);
    ensure(length);
    pos = Utf8.encode(s, buf, pos);
  }

  /**
   * Seconds (zig-zag) and the nanosecond fraction tagged by its coarsest unit, so that whole
   * seconds, milliseconds and microseconds take fewer bytes: {@code (fraction << 2) | unit} with
   * unit 0 = ms, 1 = us, 2 = ns.
   */
  void writeInstant(Instant instant) {
    writeZigZag(instant.getEpochSecond());
    int nanos = instant.getNano();
    if (nanos % 1_000_000 == 0) {
      writeVarInt((nanos / 1_000_000) << 2);
    } else if (nanos % 1_000 == 0) {
      writeVarInt(((nanos / 1_000) << 2) | 1);
    } else {
      writeVarLong(((long) nanos << 2) | 2);
    }
  }

  /**
   * Marks the start of a block whose byte length will precede it; returns the mark for {@link
   * #endLength}. One byte is reserved; longer lengths move the block.
   */
  int beginLength() {
    writeByte(0);
    return pos;
  }

  /** Writes the length of the block started at {@code mark} in front of it. */
  void endLength(int mark) {
    int length = pos - mark;
    int extra = varIntSize(length) - 1;
    if (extra > 0) {
      ensure(extra);
      System.arraycopy(buf, mark, buf, mark + extra, length);
      pos += extra;
    }
    int at = mark - 1;
    int v = length;
    while ((v & ~0x7F) != 0) {
      buf[at++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buf[at] = (byte) v;
  }

  private static int varIntSize(int value) {
    int size = 1;
    for (int v = value >>> 7; v != 0; v >>>= 7) {
      size++;
    }
    return size;
  }

  private void ensure(int n) {
    if (buf.length - pos < n) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
    }
  }
}
