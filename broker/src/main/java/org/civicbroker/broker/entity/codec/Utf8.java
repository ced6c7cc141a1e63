package org.civicbroker.broker.entity.codec;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 for Java strings, exact for every string: an unpaired surrogate, which standard UTF-8
 * replaces with '?', is written as its own 3-byte sequence (as WTF-8 does). Valid text is plain
 * UTF-8; only bytes {@code 0xED 0xA0..0xBF} mark a surrogate, and then the slow decoder runs.
 */
final class Utf8 {
  private static final int SURROGATE_LEAD = 0xED;

  private Utf8() {}

  static int encodedLength(String s) {
    int n = s.length();
    int length = n;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        if (c < 0x800) {
          length += 1;
        } else if (isPair(s, i)) {
          length += 2; // 4 bytes for 2 chars
          i++;
        } else {
          length += 2;
        }
      }
    }
    return length;
  }

  /** Writes {@code s} at {@code pos} (room checked by the caller); returns the new position. */
  static int encode(String s, byte[] buf, int pos) {
    int p = pos;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        buf[p++] = (byte) c;
      } else if (c < 0x800) {
        buf[p++] = (byte) (0xC0 | (c >> 6));
        buf[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (isPair(s, i)) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        buf[p++] = (byte) (0xF0 | (cp >> 18));
        buf[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buf[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buf[p++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        buf[p++] = (byte) (0xE0 | (c >> 12));
        buf[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buf[p++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return p;
  }

  static String decode(byte[] buf, int off, int len) {
    for (int i = off; i < off + len; i++) {
      if ((buf[i] & 0xFF) == SURROGATE_LEAD) {
        return decodeSlowly(buf, off, len);
      }
    }
    return new String(buf, off, len, StandardCharsets.UTF_8);
  }

  private static boolean isPair(String s, int i) {
    return Character.isHighSurrogate(s.charAt(i))
        && i + 1 < s.length()
        && Character.isLowSurrogate(s.charAt(i + 1));
  }

  private static String decodeSlowly(byte[] buf, int off, int len) {
    StringBuilder sb = new StringBuilder(len);
    int i = off;
    int end = off + len;
    while (i < end) {
      int b = buf[i] & 0xFF;
      int size = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
      if (b >= 0x80 && b < 0xC0 || i + size > end) {
        throw new IllegalArgumentException("Malformed UTF-8 at byte " + (i - off));
      }
      int cp = size == 1 ? b : b & (0xFF >> (size + 1));
      for (int k = 1; k < size; k++) {
        cp = (cp << 6) | (buf[i + k] & 0x3F);
      }
      sb.appendCodePoint(cp);
      i += size;
    }
    return sb.toString();
  }
}
