package org.civicbroker.broker.storage.embedded;

import java.util.ArrayList;
import java.util.List;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.CompressionType;
import org.rocksdb.DBOptions;
import org.rocksdb.InfoLogLevel;
import org.rocksdb.LRUCache;
import org.rocksdb.WriteBufferManager;

/**
 * The RocksDB settings of the embedded store, and the native objects that carry them (closed with
 * the store). Memory: one LRU block cache of {@code cacheBytes} holds data, index and filter
 * blocks, and a write-buffer manager charges the memtables to the same cache, so the store's native
 * memory stays near that one figure however many column families there are. Files: LZ4-compressed
 * blocks with Bloom filters for point reads; the write-ahead log is capped so that rarely written
 * column families are flushed instead of keeping old logs alive.
 */
final class RocksEnvironment implements AutoCloseable {
  private static final long MAX_WAL_BYTES = 64L << 20;
  private static final long WRITE_BUFFER_BYTES = 16L << 20;

  private final LRUCache cache;
  private final WriteBufferManager writeBuffers;
  private final DBOptions dbOptions;
  private final BlockBasedTableConfig table;
  private final List<AutoCloseable> owned = new ArrayList<>();

  private RocksEnvironment(EmbeddedOptions options) {
    this.cache = new LRUCache(options.cacheBytes());
    this.writeBuffers = new WriteBufferManager(options.cacheBytes() / 2, cache);
    this.dbOptions =
        new DBOptions()
            .setCreateIfMissing(true)
            .setCreateMissingColumnFamilies(true)
            .setMaxBackgroundJobs(2)
            .setWriteBufferManager(writeBuffers)
            .setMaxTotalWalSize(MAX_WAL_BYTES)
            .setKeepLogFileNum(2)
            .setInfoLogLevel(InfoLogLevel.WARN_LEVEL);
    BloomFilter filter = new BloomFilter(10);
    owned.add(filter);
    this.table =
        new BlockBasedTableConfig()
            .setBlockCache(cache)
            .setFilterPolicy(filter)
            .setCacheIndexAndFilterBlocks(true)
            .setPinL0FilterAndIndexBlocksInCache(true)
            .setBlockSize(16 * 1024);
  }

  static RocksEnvironment create(EmbeddedOptions options) {
    return new RocksEnvironment(options);
  }

  DBOptions dbOptions() {
    return dbOptions;
  }

  ColumnFamilyOptions columnOptions(Column column) {
    ColumnFamilyOptions options =
        new ColumnFamilyOptions()
            .setTableFormatConfig(table)
            .setWriteBufferSize(WRITE_BUFFER_BYTES)
            .setMaxWriteBufferNumber(2)
            .setCompressionType(CompressionType.LZ4_COMPRESSION)
            .setLevelCompactionDynamicLevelBytes(true);
    owned.add(options);
    return options;
  }

  @Override
  public void close() {
    for (AutoCloseable c : owned) {
      try {
        c.close();
      } catch (Exception e) {
        // native handles: nothing left to do
      }
    }
    dbOptions.close();
    writeBuffers.close();
    cache.close();
  }
}
