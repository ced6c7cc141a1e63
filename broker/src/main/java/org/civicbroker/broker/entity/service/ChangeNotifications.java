package org.civicbroker.broker.entity.service;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.civicbroker.broker.events.EntityChange;
import org.civicbroker.broker.notification.PendingNotification;

/**
 * The notifications an entity change triggers, decided BEFORE the change is committed, so that the
 * store records them with the change (on the embedded store in the same commit): once a write is
 * committed its notifications exist, and a write that is not committed leaves none.
 */
public interface ChangeNotifications {

  /**
   * The outbox records of the notifications the change would trigger (none when notifications are
   * matched elsewhere, e.g. from Kafka). Fails only when the change must not be committed.
   */
  Uni<List<PendingNotification>> prepare(EntityChange change);

  /** The change was committed with these records: deliver them. */
  void committed(EntityChange change, List<PendingNotification> notifications);

  /** The change was not committed (it lost a race, or failed): these records do not exist. */
  void abandoned(EntityChange change, List<PendingNotification> notifications);
}
