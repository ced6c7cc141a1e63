package org.civicbroker.broker.storage.embedded;

import java.util.Map;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatchWithIndex;

/**
 * What a {@link WriteTask} sees: the committed store plus the writes staged so far by the tasks of
 * its group (read-your-writes), and where it stages its own.
 */
public final class WriteContext {
  private final RocksDB db;
  private final Map<Column, ColumnFamilyHandle> columns;
  private final WriteBatchWithIndex batch;
  private final ReadOptions reads;

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
}
