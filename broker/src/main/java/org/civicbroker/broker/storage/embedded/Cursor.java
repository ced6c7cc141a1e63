package org.civicbroker.broker.storage.embedded;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;
import org.rocksdb.Snapshot;

/**
 * An iterator over a key range of one column family, on a snapshot (what was committed when it was
 * opened, however long it is read). It holds native resources: close it, also when stopping early.
 */
public final class Cursor implements Iterator<Cursor.Entry>, AutoCloseable {
  /** One key and its value. */
  public record Entry(byte[] key, byte[] value) {}

  private final RocksDB db;
  private final Snapshot snapshot;
  private final ReadOptions options;
  private final Slice upper;
  private final RocksIterator iterator;
  private boolean closed;

  Cursor(RocksDB db, ColumnFamilyHandle column, byte[] from, byte[] to) {
    this.db = db;
    this.snapshot = db.getSnapshot();
    byte[] bound = to != null ? to : Keys.successor(from);
    this.upper = bound == null ? null : new Slice(bound);
    this.options = new ReadOptions().setSnapshot(snapshot);
    if (upper != null) {
      options.setIterateUpperBound(upper);
    }
    this.iterator = db.newIterator(column, options);
    iterator.seek(from);
  }

  @Override
  public boolean hasNext() {
    return !closed && iterator.isValid();
  }

  @Override
  public Entry next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Entry entry = new Entry(iterator.key(), iterator.value());
    iterator.next();
    return entry;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    iterator.close();
    options.close();
    if (upper != null) {
      upper.close();
    }
    db.releaseSnapshot(snapshot);
  }
}
