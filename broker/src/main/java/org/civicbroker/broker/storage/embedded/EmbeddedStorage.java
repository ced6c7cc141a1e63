package org.civicbroker.broker.storage.embedded;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.DBOptions;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteOptions;

/**
 * The broker's embedded storage engine: one RocksDB database (an ordered, log-structured key-value
 * store) in a data directory of a checked format ({@link StoreFormat}), one column family per kind
 * of data ({@link Column}). Writes go through one writer with group commit ({@link WriteTask}),
 * durable before they are acknowledged; reads go to RocksDB directly and never wait for writes (its
 * memtables and immutable files give readers a consistent view while the writer works). Memory
 * outside the Java heap is bounded by one block cache that also accounts the memtables.
 */
public final class EmbeddedStorage implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(EmbeddedStorage.class);

  static {
    RocksDB.loadLibrary();
  }

  private final Path dataDirectory;
  private final RocksEnvironment environment;
  private final RocksDB db;
  private final Map<Column, ColumnFamilyHandle> columns;
  private final List<ColumnFamilyHandle> handles;
  private final GroupWriter writer;
  private final WriteOptions directWrites;
  private final ReadOptions reads = new ReadOptions();

  private EmbeddedStorage(
      Path dataDirectory,
      RocksEnvironment environment,
      RocksDB db,
      List<ColumnFamilyHandle> handles,
      EmbeddedOptions options) {
    this.dataDirectory = dataDirectory;
    this.environment = environment;
    this.db = db;
    this.handles = handles;
    this.columns = new EnumMap<>(Column.class);
    for (Column column : Column.values()) {
      columns.put(column, handles.get(column.ordinal()));
    }
    this.writer = new GroupWriter(db, columns, options);
    this.directWrites = new WriteOptions().setSync(options.fsync());
  }

  /** Opens (creating if needed) the store in a data directory of the current format. */
  public static EmbeddedStorage open(Path dataDirectory, EmbeddedOptions options) {
    StoreFormat.checkOrInitialise(dataDirectory);
    RocksEnvironment environment = RocksEnvironment.create(options);
    List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
    for (Column column : Column.values()) {
      ColumnFamilyOptions cf = environment.columnOptions(column);
      descriptors.add(new ColumnFamilyDescriptor(column.familyName(), cf));
    }
    List<ColumnFamilyHandle> handles = new ArrayList<>();
    try {
      Path store = StoreFormat.storeDirectory(dataDirectory);
      Files.createDirectories(store);
      DBOptions db = environment.dbOptions();
      RocksDB rocks = RocksDB.open(db, store.toString(), descriptors, handles);
      LOG.infof("Embedded store open in %s", dataDirectory.toAbsolutePath());
      return new EmbeddedStorage(dataDirectory, environment, rocks, handles, options);
    } catch (RocksDBException e) {
      environment.close();
      throw new IllegalStateException(
          "Cannot open the embedded store in "
              + dataDirectory.toAbsolutePath()
              + ": "
              + e.getMessage()
              + (e.getMessage() != null && e.getMessage().contains("lock")
                  ? " (is another broker using this directory?)"
                  : ""),
          e);
    } catch (java.io.IOException e) {
      environment.close();
      throw new java.io.UncheckedIOException(e);
    }
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  /** The committed value of a key, or null. Never waits for the writer. */
  public byte[] get(Column column, byte[] key) {
    try {
      return db.get(columns.get(column), reads, key);
    } catch (RocksDBException e) {
      throw StorageFailures.of(e);
    }
  }

  /** A cursor over the keys starting with {@code prefix}, in key order, on a snapshot. */
  public Cursor scan(Column column, byte[] prefix) {
    return new Cursor(db, columns.get(column), prefix, null);
  }

  /**
   * The entries under {@code prefix} in key order, mapped, as a stream read on a worker thread
   * (never the event loop) as fast as the subscriber requests; the snapshot is released at the end,
   * on cancellation and on failure.
   */
  public <T> Multi<T> stream(Column column, byte[] prefix, Function<Cursor.Entry, T> mapper) {
    return Multi.createFrom()
        .resource(
            () -> scan(column, prefix),
            cursor ->
                Multi.createFrom()
                    .iterable(
                        () ->
                            new java.util.Iterator<T>() {
                              @Override
                              public boolean hasNext() {
                                return cursor.hasNext();
                              }

                              @Override
                              public T next() {
                                return mapper.apply(cursor.next());
                              }
                            }))
        .withFinalizer(Cursor::close)
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
  }

  /** A cursor over the keys from {@code from} (inclusive) to {@code to} (exclusive). */
  public Cursor range(Column column, byte[] from, byte[] to) {
    return new Cursor(db, columns.get(column), from, to);
  }

  /**
   * Runs the task with the writer's next group. {@code durable}: the group is synced to the device
   * (with fsync on) before the Uni completes; otherwise it reaches the operating system, which is
   * enough for writes whose loss only repeats work (a delivered notification's removal).
   */
  public <T> Uni<T> write(WriteTask<T> task, boolean durable) {
    return writer.submit(task, durable);
  }

  /** Writes one value at once, outside the writer's groups, durably (rare writes: symbols). */
  public void putNow(Column column, byte[] key, byte[] value) {
    try {
      db.put(columns.get(column), directWrites, key, value);
    } catch (RocksDBException e) {
      throw StorageFailures.of(e);
    }
  }

  /** Tasks waiting for the writer. */
  public int writeQueueLength() {
    return writer.queued();
  }

  /** Groups committed, and tasks in them, since the store opened. */
  public long[] commitCounts() {
    return new long[] {writer.commits(), writer.tasks()};
  }

  /** A RocksDB property of one column family (e.g. {@code rocksdb.estimate-num-keys}), or -1. */
  public long longProperty(Column column, String property) {
    try {
      return db.getLongProperty(columns.get(column), property);
    } catch (RocksDBException e) {
      return -1;
    }
  }

  /**
   * A consistent copy of the whole store in {@code target} (which must not exist), taken online:
   * files are hard-linked where possible, so it costs little space until the store moves on.
   */
  public void checkpoint(Path target) {
    Checkpoints.create(db, dataDirectory, target);
  }

  /** Commits what is queued, then closes the store (the log is flushed). */
  @Override
  public void close() {
    writer.close();
    try {
      db.syncWal();
    } catch (RocksDBException e) {
      LOG.warnf("Syncing the embedded store's log at close failed: %s", e.getMessage());
    }
    handles.forEach(ColumnFamilyHandle::close);
    db.close();
    directWrites.close();
    reads.close();
    environment.close();
    LOG.infof("Embedded store closed in %s", dataDirectory.toAbsolutePath());
  }
}
