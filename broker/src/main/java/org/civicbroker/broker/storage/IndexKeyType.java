package org.civicbroker.broker.storage;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * Keys of the embedded server's unique indexes in H2. The stock backend leaves them to H2's generic
 * type, which Java-serializes a key to store it and serializes both keys again on every comparison
 * (the key class is not {@link Comparable}): that was a third of the server's time per insert. Here
 * each component is written with H2's typed encoding (strings and numbers natively) and keys are
 * ordered with the server's own value order, component by component.
 */
final class IndexKeyType extends BasicDataType<KeyValue> {
  static final IndexKeyType INSTANCE = new IndexKeyType();

  private static final Comparator<Object> ORDER = ValueComparator.ascWithoutListHandling();

  private final ObjectDataType components = new ObjectDataType();

  private IndexKeyType() {}

  @Override
  public int getMemory(KeyValue key) {
    int memory = 48;
    for (Object value : key) {
      memory += components.getMemory(value);
    }
    return memory;
  }

  @Override
  public void write(WriteBuffer buffer, KeyValue key) {
    buffer.putVarInt(key.size());
    for (Object value : key) {
      components.write(buffer, value);
    }
  }

  @Override
  public KeyValue read(ByteBuffer buffer) {
    int size = DataUtils.readVarInt(buffer);
    List<Object> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(components.read(buffer));
    }
    return new KeyValue(values);
  }

  @Override
  public KeyValue[] createStorage(int size) {
    return new KeyValue[size];
  }

  /**
   * The server's value order, component by component; keys it ranks equal but that are not {@code
   * equals} (the memory backend's notion of the same key) are told apart by class and text, so the
   * order stays consistent with equality.
   */
  @Override
  public int compare(KeyValue a, KeyValue b) {
    int common = Math.min(a.size(), b.size());
    for (int i = 0; i < common; i++) {
      int order = ORDER.compare(a.get(i), b.get(i));
      if (order != 0) {
        return order;
      }
    }
    if (a.size() != b.size()) {
      return Integer.compare(a.size(), b.size());
    }
    return a.equals(b) ? 0 : tieBreak(a, b);
  }

  private static int tieBreak(KeyValue a, KeyValue b) {
    for (int i = 0; i < a.size(); i++) {
      Object x = a.get(i);
      Object y = b.get(i);
      if (java.util.Objects.equals(x, y)) {
        continue;
      }
      int order = className(x).compareTo(className(y));
      return order != 0 ? order : String.valueOf(x).compareTo(String.valueOf(y));
    }
    return 0;
  }

  private static String className(Object value) {
    return value == null ? "" : value.getClass().getName();
  }
}
