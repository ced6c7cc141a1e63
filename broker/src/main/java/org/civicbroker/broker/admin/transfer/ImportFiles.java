package org.civicbroker.broker.admin.transfer;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.civicbroker.model.error.ErrorType;
import org.civicbroker.model.error.NgsiLdException;

/**
 * Files an import may read: only regular files inside the configured import directory, whatever the
 * name says ({@code ..}, an absolute path, or a symbolic link that leads out are refused), read
 * line by line on a worker thread as the import asks for more.
 */
final class ImportFiles {
  private ImportFiles() {}

  /** The file named {@code name} in {@code directory}, checked. */
  static Path resolve(Path directory, String name) {
    if (name.isBlank()) {
      throw NgsiLdException.badData("'file' must name a file in the import directory");
    }
    Path root = directory.toAbsolutePath().normalize();
    Path file = root.resolve(name).normalize();
    if (!file.startsWith(root)) {
      throw outside(name);
    }
    if (!Files.isDirectory(root)) {
      throw new NgsiLdException(
          ErrorType.OPERATION_NOT_SUPPORTED,
          "The import directory "
              + root
              + " does not exist: create it, or set BROKER_IMPORT_PATH, and put the file there");
    }
    try {
      Path real = file.toRealPath();
      if (!real.startsWith(root.toRealPath())) {
        throw outside(name);
      }
      if (!Files.isRegularFile(real)) {
        throw NgsiLdException.badData("'" + name + "' is not a file");
      }
      return real;
    } catch (NoSuchFileException e) {
      throw NgsiLdException.notFound("No file '" + name + "' in the import directory " + root);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static NgsiLdException outside(String name) {
    return NgsiLdException.badData("'" + name + "' leads outside the import directory");
  }

  /**
   * The file's lines (UTF-8; undecodable bytes become U+FFFD and fail that line only), read on a
   * worker thread as they are requested; the file is closed at the end, on failure and on
   * cancellation.
   */
  static Multi<String> lines(Path file) {
    return Multi.createFrom()
        .resource(
            () -> open(file),
            reader -> Multi.createFrom().iterable(() -> reader.lines().iterator()))
        .withFinalizer(ImportFiles::close)
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
  }

  private static BufferedReader open(Path file) {
    try {
      return new BufferedReader(
          new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static void close(BufferedReader reader) {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
