package org.civicbroker.broker.storage.embedded;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.civicbroker.model.id.Tenant;

/**
 * Building blocks of keys. Keys of tenant data start with the tenant's key: its UTF-8 name (empty
 * for the default tenant) and a 0 byte, which no tenant name contains, so one tenant's keys form
 * one contiguous range and never interleave with another's.
 */
public final class Keys {
  private static final byte SEPARATOR = 0;

  private Keys() {}

  /** The prefix of every key of the tenant. */
  public static byte[] tenantPrefix(Tenant tenant) {
    byte[] name = tenantName(tenant);
    byte[] prefix = Arrays.copyOf(name, name.length + 1);
    prefix[name.length] = SEPARATOR;
    return prefix;
  }

  /** The tenant's name as stored in {@link Column#TENANTS}. */
  public static byte[] tenantName(Tenant tenant) {
    return tenant.isDefault() ? new byte[0] : tenant.name().getBytes(StandardCharsets.UTF_8);
  }

  /** The tenant of a name stored in {@link Column#TENANTS}. */
  public static Tenant tenantOf(byte[] name) {
    return name.length == 0 ? Tenant.DEFAULT : new Tenant(new String(name, StandardCharsets.UTF_8));
  }

  /** Tenant prefix followed by the UTF-8 id. */
  public static byte[] tenantKey(Tenant tenant, String id) {
    byte[] prefix = tenantPrefix(tenant);
    byte[] value = id.getBytes(StandardCharsets.UTF_8);
    byte[] key = Arrays.copyOf(prefix, prefix.length + value.length);
    System.arraycopy(value, 0, key, prefix.length, value.length);
    return key;
  }

  /** The id part of a key made by {@link #tenantKey}. */
  public static String idOf(byte[] key) {
    int separator = indexOf(key, SEPARATOR);
    return new String(key, separator + 1, key.length - separator - 1, StandardCharsets.UTF_8);
  }

  /** The tenant part of a key made by {@link #tenantKey}. */
  public static Tenant tenantOfKey(byte[] key) {
    return tenantOf(Arrays.copyOf(key, indexOf(key, SEPARATOR)));
  }

  /** The UTF-8 bytes of a string key. */
  public static byte[] utf8(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  /** An 8-byte big-endian number followed by the UTF-8 text: ordered by number, then text. */
  public static byte[] numbered(long number, String text) {
    byte[] value = utf8(text);
    return ByteBuffer.allocate(8 + value.length).putLong(number).put(value).array();
  }

  /** The number of a key made by {@link #numbered}. */
  public static long numberOf(byte[] key) {
    return ByteBuffer.wrap(key, 0, 8).getLong();
  }

  /** The text of a key made by {@link #numbered}. */
  public static String textOf(byte[] key) {
    return new String(key, 8, key.length - 8, StandardCharsets.UTF_8);
  }

  /** A 4-byte big-endian int. */
  public static byte[] int32(int value) {
    return ByteBuffer.allocate(4).putInt(value).array();
  }

  /**
   * The smallest key greater than every key starting with {@code prefix}; null when there is none
   * (the prefix is empty or all 0xFF).
   */
  public static byte[] successor(byte[] prefix) {
    for (int i = prefix.length - 1; i >= 0; i--) {
      if (prefix[i] != (byte) 0xFF) {
        byte[] next = Arrays.copyOf(prefix, i + 1);
        next[i]++;
        return next;
      }
    }
    return null;
  }

  private static int indexOf(byte[] key, byte b) {
    for (int i = 0; i < key.length; i++) {
      if (key[i] == b) {
        return i;
      }
    }
    throw new IllegalArgumentException("Not a tenant key");
  }
}
