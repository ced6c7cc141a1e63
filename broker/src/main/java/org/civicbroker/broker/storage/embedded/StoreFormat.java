package org.civicbroker.broker.storage.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The format version of a data directory, kept in its {@code FORMAT} file and checked before the
 * store is opened: a directory of another format is refused with a message that says what to do,
 * never opened and possibly damaged. Layout: {@code FORMAT}, {@code rocksdb/} (the key-value
 * store), and what else the broker writes beside it (backups go elsewhere): {@code legacy-h2/}
 * holds the store file of the broker's former embedded engine once it has been migrated, and is the
 * one entry tolerated in a directory without {@code FORMAT}.
 */
public final class StoreFormat {
  /** The format this broker reads and writes. */
  public static final int CURRENT = 1;

  static final String FILE = "FORMAT";
  static final String STORE_DIRECTORY = "rocksdb";

  /** Where a migrated store of the broker's former engine is kept, inside the data directory. */
  public static final String LEGACY_DIRECTORY = "legacy-h2";

  private static final String MAGIC = "civic-broker-embedded-store";

  private StoreFormat() {}

  /** The RocksDB directory inside a data directory. */
  public static Path storeDirectory(Path dataDirectory) {
    return dataDirectory.resolve(STORE_DIRECTORY);
  }

  /** The {@code FORMAT} file of a data directory; written last, so its presence marks a store. */
  public static Path formatFile(Path dataDirectory) {
    return dataDirectory.resolve(FILE);
  }

  /** Whether the directory holds a store of any format of ours. */
  public static boolean isStore(Path dataDirectory) {
    return Files.exists(dataDirectory.resolve(FILE));
  }

  /**
   * Checks that the directory holds a store of the current format, or nothing the broker would
   * overwrite (then it is prepared for a new store). Throws {@link StoreFormatException} otherwise.
   */
  static void checkOrInitialise(Path dataDirectory) {
    try {
      Files.createDirectories(dataDirectory);
      Path file = dataDirectory.resolve(FILE);
      if (Files.exists(file)) {
        check(dataDirectory, read(file));
        return;
      }
      List<String> others = unknownContents(dataDirectory);
      if (!others.isEmpty()) {
        throw new StoreFormatException(
            "The data directory "
                + dataDirectory.toAbsolutePath()
                + " is not empty and holds no broker store (found "
                + String.join(", ", others)
                + "). Point BROKER_STORAGE_PATH at an empty or new directory.");
      }
      Files.writeString(file, MAGIC + " " + CURRENT + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare the data directory " + dataDirectory, e);
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8).trim();
  }

  private static void check(Path dataDirectory, String content) {
    String[] parts = content.split("\\s+");
    int version = parts.length == 2 && MAGIC.equals(parts[0]) ? parseVersion(parts[1]) : -1;
    if (version == CURRENT) {
      return;
    }
    String where = dataDirectory.toAbsolutePath().toString();
    if (version > CURRENT) {
      throw new StoreFormatException(
          "The data directory "
              + where
              + " holds store format "
              + version
              + ", written by a newer broker; this broker reads format "
              + CURRENT
              + ". Run the newer broker, or restore a backup made for format "
              + CURRENT
              + ".");
    }
    throw new StoreFormatException(
        "The data directory "
            + where
            + " has an unreadable FORMAT file ('"
            + content
            + "'); this broker reads format "
            + CURRENT
            + ".");
  }

  private static int parseVersion(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** What the directory holds besides a {@code legacy-h2} directory. */
  private static List<String> unknownContents(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(
              p -> !(p.getFileName().toString().equals(LEGACY_DIRECTORY) && Files.isDirectory(p)))
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  /** A data directory the broker must not open. */
  public static final class StoreFormatException extends RuntimeException {
    public StoreFormatException(String message) {
      super(message);
    }
  }
}
