package org.civicbroker.broker.admin.transfer;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.civicbroker.broker.admin.transfer.ImportItem.SubscriptionItem;
import org.civicbroker.broker.subscription.service.SubscriptionService;
import org.civicbroker.model.error.NgsiLdException;

/**
 * Re-creates imported subscriptions one after the other ({@link SubscriptionService#restore}): the
 * definition and times as exported, the delivery status new. One that fails is reported and does
 * not stop the others.
 */
@ApplicationScoped
public class SubscriptionImport {
  private final SubscriptionService subscriptions;

  @Inject
  public SubscriptionImport(SubscriptionService subscriptions) {
    this.subscriptions = subscriptions;
  }

  Uni<Void> write(List<SubscriptionItem> items, ImportMode mode, ImportSummary summary) {
    return Multi.createFrom()
        .iterable(items)
        .onItem()
        .transformToUniAndConcatenate(item -> write(item, mode, summary))
        .collect()
        .last()
        .replaceWithVoid();
  }

  private Uni<Void> write(SubscriptionItem item, ImportMode mode, ImportSummary summary) {
    return subscriptions
        .restore(item.tenant(), item.subscription(), mode == ImportMode.REPLACE)
        .invoke(
            stored -> {
              if (stored) {
                summary.subscription();
              } else {
                summary.skipped();
              }
            })
        .onFailure(NgsiLdException.class)
        .invoke(e -> summary.error(item.line(), ((NgsiLdException) e).detail()))
        .onFailure(NgsiLdException.class)
        .recoverWithNull()
        .replaceWithVoid();
  }
}
