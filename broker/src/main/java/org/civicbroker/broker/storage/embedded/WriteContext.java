package org.civicbroker.broker.storage.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatchWithIndex;

/**
 * What a {@link WriteTask} sees: the committed store plus the writes staged so far by the tasks of
 * its group (read-your-writes), and where it stages its own. In-memory state that must follow the
 * store (counters, caches of what exists) changes in {@link #afterCommit} actions, so that it never
 * runs ahead of what was committed.
 */
public final class WriteContext {
  private static final Logger LOG = Logger.getLogger(WriteContext.class);

  private final RocksDB db;
  private final Map<Column, ColumnFamilyHandle> columns;
  private final WriteBatchWithIndex batch;
  private final ReadOptions reads;
  private final List<Runnable> afterCommit = new ArrayList<>();
  private boolean undoFailed;

  WriteContext(
      RocksDB db,
      Map<Column, ColumnFamilyHandle> columns,
      WriteBatchWithIndex batch,
      ReadOptions reads) {
    this.db = db;
    this.columns = columns;
    this.batch = batch;
    this.reads = reads;
  }

  /** The current value of the key, or null. */
  public byte[] get(Column column, byte[] key) {
    try {
      return batch.getFromBatchAndDB(db, columns.get(column), reads, key);
    } catch (RocksDBException e) {
      throw StorageFailures.of(e);
    }
  }

  public void put(Column column, byte[] key, byte[] value) {
    try {
      batch.put(columns.get(column), key, value);
    } catch (RocksDBException e) {
      throw StorageFailures.of(e);
    }
  }

  public void delete(Column column, byte[] key) {
    try {
      batch.delete(columns.get(column), key);
    } catch (RocksDBException e) {
      throw StorageFailures.of(e);
    }
  }

  /**
   * Runs {@code action} on the writer thread once the group is committed, before its callers hear
   * of it; never when the task (or the {@link #attempt} that registered it) fails, nor when the
   * commit does.
   */
  public void afterCommit(Runnable action) {
    afterCommit.add(action);
  }

  /**
   * Runs one part of a task: when it throws, exactly what it staged (writes and {@link
   * #afterCommit} actions) is undone and the exception rethrown; what was staged before stays.
   */
  public <T> T attempt(Supplier<T> part) {
    int actions = afterCommit.size();
    batch.setSavePoint();
    T result;
    try {
      result = part.get();
    } catch (RuntimeException e) {
      undo(actions);
      throw e;
    }
    try {
      batch.popSavePoint();
    } catch (RocksDBException e) {
      throw StorageFailures.of(e);
    }
    return result;
  }

  private void undo(int actions) {
    try {
      batch.rollbackToSavePoint();
    } catch (RocksDBException e) {
      undoFailed = true;
      throw StorageFailures.of(e);
    }
    afterCommit.subList(actions, afterCommit.size()).clear();
  }

  /** Whether some failed part's writes could not be undone: then nothing may be committed. */
  boolean undoFailed() {
    return undoFailed;
  }

  /** Runs the actions of the committed group; one that fails is logged and the others still run. */
  void committed() {
    for (Runnable action : afterCommit) {
      try {
        action.run();
      } catch (RuntimeException e) {
        LOG.error("An action after an embedded store commit failed", e);
      }
    }
  }
}
