package org.civicbroker.broker.admin.transfer;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.civicbroker.broker.admin.transfer.ImportItem.EntityItem;
import org.civicbroker.broker.admin.transfer.ImportItem.SubscriptionItem;
import org.civicbroker.broker.common.json.JsonCodec;
import org.civicbroker.broker.config.ImportConfig;
import org.civicbroker.broker.context.ContextService;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Tenant;

/**
 * Import of NGSI-LD JSON lines ({@link TransferLines}) from a file of the import directory or from
 * a request body: lines are read as they are needed and handled in batches of {@code
 * broker.import.batch-size} (one bulk write per tenant per batch, then the batch's subscriptions),
 * so memory stays bounded whatever the size of the file. A line that cannot be read or written is
 * reported in the summary and does not stop the import; a store that cannot be written at all fails
 * it (lines already written stay, and importing again skips them).
 */
@ApplicationScoped
public class Import {
  private final TransferLines lines;
  private final EntityImport entities;
  private final SubscriptionImport subscriptions;
  private final Path directory;
  private final int batchSize;

  @Inject
  public Import(
      JsonCodec json,
      ContextService contexts,
      EntityImport entities,
      SubscriptionImport subscriptions,
      ImportConfig config) {
    this.lines = new TransferLines(json, contexts.coreOnly());
    this.entities = entities;
    this.subscriptions = subscriptions;
    this.directory = Path.of(config.path());
    this.batchSize = config.batchSize();
  }

  /** Imports the file {@code name} of the import directory. */
  public Uni<ImportSummary> fromFile(String name, ImportMode mode) {
    return run(ImportFiles.lines(ImportFiles.resolve(directory, name)), mode);
  }

  /** Imports the lines of a request body. */
  public Uni<ImportSummary> fromBody(byte[] body, ImportMode mode) {
    return run(Multi.createFrom().items(new String(body, StandardCharsets.UTF_8).lines()), mode);
  }

  private Uni<ImportSummary> run(Multi<String> text, ImportMode mode) {
    ImportSummary summary = new ImportSummary();
    AtomicLong number = new AtomicLong();
    return text.map(t -> new Line(number.incrementAndGet(), t))
        .group()
        .intoLists()
        .of(batchSize)
        .onItem()
        .transformToUniAndConcatenate(batch -> batch(batch, mode, summary))
        .collect()
        .last()
        .replaceWith(summary);
  }

  private Uni<Void> batch(List<Line> batch, ImportMode mode, ImportSummary summary) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Map<Tenant, List<EntityItem>> byTenant = new LinkedHashMap<>();
    List<SubscriptionItem> subscriptionItems = new ArrayList<>();
    for (Line line : batch) {
      ImportItem item = read(line, now, summary);
      if (item instanceof EntityItem e) {
        byTenant.computeIfAbsent(e.tenant(), t -> new ArrayList<>()).add(e);
      } else if (item instanceof SubscriptionItem s) {
        subscriptionItems.add(s);
      }
    }
    return Multi.createFrom()
        .iterable(byTenant.entrySet())
        .onItem()
        .transformToUniAndConcatenate(e -> entities.write(e.getKey(), e.getValue(), mode, summary))
        .collect()
        .last()
        .chain(() -> subscriptions.write(subscriptionItems, mode, summary));
  }

  /** The line's item; null for a blank line, or for a bad one (then reported). */
  private ImportItem read(Line line, Instant now, ImportSummary summary) {
    if (line.text().isBlank()) {
      return null;
    }
    try {
      return lines.read(line.number(), line.text(), now);
    } catch (NgsiLdException e) {
      summary.error(line.number(), e.detail());
    } catch (RuntimeException e) {
      summary.error(line.number(), String.valueOf(e.getMessage()));
    }
    return null;
  }

  private record Line(long number, String text) {}
}
