package org.civicbroker.broker.storage.legacy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Reads, and never writes, a data directory of the embedded MongoDB-wire server the broker used to
 * run (mongo-java-server with its H2 backend), for migration to the storage engine that replaced
 * it. Needs only H2's MVStore and the MongoDB driver's BSON library.
 *
 * <p>Layout of {@code <data dir>/broker.mv.db}, one MVStore file: the documents of collection
 * {@code C} of database {@code D} are the values of map {@code databases.D.C}, as BSON, keyed by
 * their {@code _id} ({@link LegacyKeyType}). Maps {@code meta.D.C} (collection sizes) and {@code
 * D.C._index_<name>} (unique indexes) hold nothing that is not in the documents. Database names
 * hold no dot (tenant names cannot), collection names may ({@code system.indexes}).
 *
 * <p>Not thread-safe: one migration reads it, then closes it.
 */
public final class LegacyH2Store implements AutoCloseable {
  /** The store file in a data directory. */
  public static final String FILE_NAME = "broker.mv.db";

  private static final String DATA_PREFIX = "databases.";

  private static final DocumentCodec CODEC = new DocumentCodec();

  private final MVStore store;

  private LegacyH2Store(MVStore store) {
    this.store = store;
  }

  /** Whether a data directory holds a legacy store file. */
  public static boolean exists(Path dataDir) {
    return Files.isRegularFile(dataDir.resolve(FILE_NAME));
  }

  /**
   * Opens the store file of a data directory read-only. Fails if the file is missing, is not an
   * MVStore file, or is open for writing (locked) by a running embedded server.
   */
  public static LegacyH2Store open(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("No legacy store file: " + file);
    }
    return new LegacyH2Store(new MVStore.Builder().fileName(file.toString()).readOnly().open());
  }

  /** The names of the databases that have at least one collection, sorted. */
  public List<String> databases() {
    TreeSet<String> names = new TreeSet<>();
    for (String map : store.getMapNames()) {
      collectionMap(map).ifPresent(c -> names.add(c.database()));
    }
    return List.copyOf(names);
  }

  /** The collections of a database, sorted; empty for an unknown database. */
  public List<String> collections(String database) {
    TreeSet<String> names = new TreeSet<>();
    for (String map : store.getMapNames()) {
      collectionMap(map)
          .filter(c -> c.database().equals(database))
          .ifPresent(c -> names.add(c.collection()));
    }
    return List.copyOf(names);
  }

  /** The number of documents of a collection; 0 for an unknown one. */
  public long count(String database, String collection) {
    return data(database, collection).map(MVMap::sizeAsLong).orElse(0L);
  }

  /**
   * The documents of a collection, in key order, decoded as the MongoDB driver decodes them (dates
   * as {@link java.util.Date}, 64-bit integers as {@link Long}, binaries as {@link
   * org.bson.types.Binary}); empty for an unknown collection. Read lazily: consume it before {@link
   * #close()}.
   */
  public Stream<Document> documents(String database, String collection) {
    return data(database, collection).stream()
        .flatMap(map -> map.values().stream())
        .map(LegacyH2Store::decode);
  }

  /** A document of the store, from its BSON bytes. */
  static Document decode(byte[] bson) {
    return new RawBsonDocument(bson).decode(CODEC);
  }

  private Optional<MVMap<Object, byte[]>> data(String database, String collection) {
    String name = DATA_PREFIX + database + "." + collection;
    if (database.contains(".") || !store.hasMap(name)) {
      return Optional.empty();
    }
    return Optional.of(
        store.openMap(
            name,
            new MVMap.Builder<Object, byte[]>()
                .keyType(new LegacyKeyType())
                .valueType(RawBsonType.INSTANCE)));
  }

  private static Optional<CollectionName> collectionMap(String mapName) {
    if (!mapName.startsWith(DATA_PREFIX)) {
      return Optional.empty();
    }
    String namespace = mapName.substring(DATA_PREFIX.length());
    int dot = namespace.indexOf('.');
    return dot <= 0 || dot == namespace.length() - 1
        ? Optional.empty()
        : Optional.of(
            new CollectionName(namespace.substring(0, dot), namespace.substring(dot + 1)));
  }

  private record CollectionName(String database, String collection) {}

  /** Closes the file; nothing is written. */
  @Override
  public void close() {
    store.close();
  }
}
