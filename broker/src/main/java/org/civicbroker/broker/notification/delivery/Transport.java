package org.civicbroker.broker.notification.delivery;

import io.smallrye.mutiny.Uni;
import org.civicbroker.broker.notification.Notification;

/**
 * Delivers notifications over one family of protocols; never fails, it reports an {@link Outcome}.
 */
public interface Transport extends AutoCloseable {

  /** One attempt to deliver; the item comes within the configured timeout. */
  Uni<Outcome> deliver(Notification notification);

  @Override
  void close();
}
