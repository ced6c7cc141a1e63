package org.civicbroker.broker.entity.store.mongo;

import static org.civicbroker.broker.entity.store.mongo.EntityFields.DELETED;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.ID;
import static org.civicbroker.broker.entity.store.mongo.EntityFields.PENDING;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.civicbroker.broker.common.InstanceId;
import org.civicbroker.broker.common.Unis;
import org.civicbroker.broker.notification.PendingNotification;
import org.civicbroker.broker.notification.outbox.NotificationOutbox;
import org.civicbroker.broker.notification.outbox.mongo.OutboxDocuments;
import org.jboss.logging.Logger;

/**
 * The notifications of an entity write on MongoDB, committed atomically with it: MongoDB writes one
 * document atomically, so a write's notifications are written INTO the entity's document ({@code
 * _pending}, as outbox documents), in the same update; a deletion with notifications first marks
 * the document {@code _deleted} in one update with them. After the commit they are relayed into the
 * outbox collection (an insert that ignores ids already there) and then pulled from the entity (or
 * the deleted entity's document removed). A crash between commit and relay leaves them in the
 * entity, where {@link #recover} finds them at the next start; a relay that fails is retried by
 * that recovery too. So no window exists in which a committed write lacks its notifications, on any
 * MongoDB deployment (no replica set or transaction needed).
 */
public final class PendingNotifications {
  private static final Logger LOG = Logger.getLogger(PendingNotifications.class);

  private final NotificationOutbox outbox;

  public PendingNotifications(NotificationOutbox outbox) {
    this.outbox = outbox;
  }

  /** The outbox documents of notifications, as they are kept in an entity until relayed. */
  static List<Document> documents(List<PendingNotification> notifications) {
    List<Document> docs = new ArrayList<>(notifications.size());
    for (PendingNotification p : notifications) {
      docs.add(OutboxDocuments.toDocument(p, InstanceId.VALUE));
    }
    return docs;
  }

  /**
   * The update that deletes an entity with notifications: the document is marked deleted (and its
   * version moved on, so the same deletion cannot match twice) with the notifications added, in one
   * atomic update; {@link #relay} removes it once they are in the outbox.
   */
  static Document deleting(long nextVersion, List<Document> notifications) {
    return new Document(
            "$set", new Document(DELETED, true).append(EntityFields.VERSION, nextVersion))
        .append("$push", new Document(PENDING, new Document("$each", notifications)));
  }

  /**
   * Moves the notifications an entity's document still kept into the outbox after the document was
   * removed by a deletion without notifications of its own (an earlier write's relay had failed).
   */
  Uni<Void> rescue(Document removed) {
    if (removed == null || removed.getList(PENDING, Document.class, List.of()).isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    List<Uni<Void>> added = new ArrayList<>();
    for (Document d : removed.getList(PENDING, Document.class)) {
      added.add(outbox.add(OutboxDocuments.fromDocument(d), null).replaceWithVoid());
    }
    return Unis.all(added);
  }

  /**
   * Relays the notifications of one applied write into the outbox, then takes them out of the
   * entity ({@code deleted}: removes the entity's document). A failure is logged and left to {@link
   * #recover}: the notifications stay safe in the entity meanwhile.
   */
  Uni<Void> relay(
      ReactiveMongoCollection<Document> c,
      String entityId,
      List<PendingNotification> notifications,
      boolean deleted) {
    List<Uni<Void>> added = new ArrayList<>(notifications.size());
    notifications.forEach(p -> added.add(outbox.add(p, InstanceId.VALUE).replaceWithVoid()));
    List<String> ids = notifications.stream().map(PendingNotification::id).toList();
    return Unis.all(added)
        .chain(() -> cleanUp(c, entityId, ids, deleted))
        .onFailure()
        .recoverWithItem(
            e -> {
              LOG.warnf(
                  "Notifications of %s committed but not yet in the outbox (%s); the next"
                      + " recovery moves them",
                  entityId, e.toString());
              return null;
            });
  }

  private static Uni<Void> cleanUp(
      ReactiveMongoCollection<Document> c, String entityId, List<String> ids, boolean deleted) {
    if (deleted) {
      return c.deleteOne(Filters.and(Filters.eq(ID, entityId), Filters.eq(DELETED, true)))
          .replaceWithVoid();
    }
    return c.updateOne(Filters.eq(ID, entityId), Updates.pull(PENDING, Filters.in(ID, ids)))
        .replaceWithVoid();
  }

  /**
   * Moves every notification still kept in an entity of the collection into the outbox (unclaimed:
   * whoever committed them may be gone) and finishes interrupted deletions. Yields how many
   * notifications it moved.
   */
  public Uni<Long> recover(ReactiveMongoCollection<Document> c) {
    return c.find(Filters.or(Filters.exists(PENDING + ".0"), Filters.exists(DELETED)))
        .onItem()
        .transformToUniAndConcatenate(doc -> recoverOne(c, doc))
        .collect()
        .with(java.util.stream.Collectors.summingLong(n -> n));
  }

  private Uni<Long> recoverOne(ReactiveMongoCollection<Document> c, Document doc) {
    List<Document> kept = doc.getList(PENDING, Document.class, List.of());
    List<PendingNotification> notifications = new ArrayList<>(kept.size());
    for (Document d : kept) {
      PendingNotification p = OutboxDocuments.fromDocument(d);
      notifications.add(p);
    }
    List<Uni<Void>> added = new ArrayList<>();
    notifications.forEach(p -> added.add(outbox.add(p, null).replaceWithVoid()));
    List<String> ids = notifications.stream().map(PendingNotification::id).toList();
    boolean deleted = doc.containsKey(DELETED);
    return Unis.all(added)
        .chain(() -> cleanUp(c, doc.getString(ID), ids, deleted))
        .replaceWith((long) notifications.size());
  }
}
