package org.civicbroker.broker.storage;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Locale;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * The H2 (MVStore) backend of mongo-java-server, made durable per write. The stock backend only
 * commits the MVStore from a background thread (every second by default), so a write acknowledged
 * just before a crash would be lost. This backend commits after every write command, before the
 * reply goes out: an acknowledged write has reached the operating system (and, with {@code fsync},
 * the disk). Concurrent writers share commits: {@code MVStore.commit()} is serialised by a lock and
 * is a no-op when an earlier commit already stored the change.
 */
final class DurableH2Backend extends H2Backend {

  /** Commands of the MongoDB protocol that may change data or metadata. */
  private static final Set<String> WRITE_COMMANDS =
      Set.of(
          "insert",
          "update",
          "delete",
          "findandmodify",
          "create",
          "createindexes",
          "drop",
          "dropdatabase",
          "dropindexes",
          "deleteindexes",
          "renamecollection",
          "aggregate");

  /** H2's own default page cache, in MB ({@code broker.storage.cache-mb}). */
  static final int DEFAULT_CACHE_MB = 16;

  private final boolean fsync;

  DurableH2Backend(String fileName, boolean fsync, int cacheMb) {
    super(open(fileName, fsync, cacheMb));
    this.fsync = fsync;
  }

  /**
   * Opens the store. MVStore never overwrites a chunk younger than its retention time (45 s by
   * default), trusting the OS to flush within that time; with a commit per write that lets the file
   * grow by every chunk of the last 45 s (measured: 230 MB for 8 MB of entities). With fsync every
   * chunk is on the device before the next commit, so freed space may be reused at once.
   */
  private static MVStore open(String fileName, boolean fsync, int cacheMb) {
    MVStore store = new MVStore.Builder().fileName(fileName).cacheSize(cacheMb).open();
    if (fsync) {
      store.setRetentionTime(0);
    }
    return store;
  }

  @Override
  protected de.bwaldvogel.mongo.MongoDatabase openOrCreateDatabase(String name) {
    return BsonH2Database.open(name, getMvStore(), getCursorRegistry());
  }

  @Override
  public Document handleCommand(Channel channel, String database, String command, Document query) {
    try {
      return super.handleCommand(channel, database, command, query);
    } finally {
      if (WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT))
          || getMvStore().hasUnsavedChanges()) {
        commitWrite();
      }
    }
  }

  private void commitWrite() {
    commit();
    if (fsync) {
      getMvStore().sync();
    }
  }
}
