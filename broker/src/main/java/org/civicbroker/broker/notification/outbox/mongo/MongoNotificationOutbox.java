package org.civicbroker.broker.notification.outbox.mongo;

import static org.civicbroker.broker.notification.outbox.mongo.OutboxDocuments.ATTEMPTS;
import static org.civicbroker.broker.notification.outbox.mongo.OutboxDocuments.CLAIMED_BY;
import static org.civicbroker.broker.notification.outbox.mongo.OutboxDocuments.CLAIMED_UNTIL;
import static org.civicbroker.broker.notification.outbox.mongo.OutboxDocuments.DUE_AT;
import static org.civicbroker.broker.notification.outbox.mongo.OutboxDocuments.ID;
import static org.civicbroker.broker.notification.outbox.mongo.OutboxDocuments.LAST_ERROR;
import static org.civicbroker.broker.notification.outbox.mongo.OutboxDocuments.QUEUE;
import static org.civicbroker.broker.notification.outbox.mongo.OutboxDocuments.UNCLAIMED;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.civicbroker.broker.notification.PendingNotification;
import org.civicbroker.broker.notification.outbox.NotificationOutbox;
import org.civicbroker.broker.storage.GroupCommit;
import org.civicbroker.broker.storage.mongo.CollectionSpec;
import org.civicbroker.broker.storage.mongo.TenantDatabases;
import org.civicbroker.model.id.Tenant;

/**
 * {@link NotificationOutbox} in one broker-level collection, {@code notificationOutbox} in the
 * default tenant's database: one document per pending notification (its tenant is a field). One
 * collection keeps the outbox search a single query, whatever the number of tenants, and lets a
 * starting broker find every pending notification without listing databases.
 *
 * <p>Only equality, range, {@code $in}/{@code $nin} filters and {@code findOneAndUpdate} are used,
 * which the embedded server and MongoDB both support. A claim is a {@code findOneAndUpdate} on the
 * id and the expired claim time just read: MongoDB applies it atomically to the one document, so of
 * two brokers racing for a notification one gets it and the other gets nothing.
 *
 * <p>Every per-notification write filters on exactly {@code (_id, claimedBy)} or {@code (_id,
 * claimedUntil)}, each backed by a unique index: the embedded server answers a query from an index
 * only when the query has exactly the index's fields, and scans the whole collection otherwise
 * (which, with a backlog of notifications, made every claim and release slower than the last).
 */
public final class MongoNotificationOutbox implements NotificationOutbox {
  public static final CollectionSpec OUTBOX =
      CollectionSpec.withSingleFieldIndexes("notificationOutbox", DUE_AT, CLAIMED_BY)
          .withUniqueIndex(ID, CLAIMED_BY)
          .withUniqueIndex(ID, CLAIMED_UNTIL);

  private static final int MAX_BATCH = 500;

  private final TenantDatabases databases;
  private final GroupCommit<Document, Boolean> inserts =
      new GroupCommit<>(this::insertAll, MAX_BATCH);
  private final GroupCommit<String, Boolean> removals =
      new GroupCommit<>(this::removeAll, MAX_BATCH);

  public MongoNotificationOutbox(TenantDatabases databases) {
    this.databases = databases;
  }

  private Uni<ReactiveMongoCollection<Document>> outbox() {
    return databases.collection(Tenant.DEFAULT, OUTBOX);
  }

  @Override
  public Uni<Boolean> add(PendingNotification pending, String owner) {
    return inserts.write(OutboxDocuments.toDocument(pending, owner));
  }

  /**
   * Inserts a batch, unordered: a document whose id is taken yields false, the others true; any
   * other error fails the whole batch (each caller may retry its own).
   */
  private Uni<List<Boolean>> insertAll(List<Document> docs) {
    List<Boolean> added = new ArrayList<>(java.util.Collections.nCopies(docs.size(), true));
    return outbox()
        .chain(c -> c.insertMany(docs, new InsertManyOptions().ordered(false)))
        .replaceWith(added)
        .onFailure(MongoBulkWriteException.class)
        .recoverWithUni(
            e -> {
              MongoBulkWriteException bulk = (MongoBulkWriteException) e;
              for (BulkWriteError error : bulk.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                  return Uni.createFrom().failure(e);
                }
                added.set(error.getIndex(), false);
              }
              return Uni.createFrom().item(added);
            });
  }

  @Override
  public Uni<List<Candidate>> due(Instant now, Set<String> skipQueues, int limit) {
    Date at = Date.from(now);
    Bson filter = Filters.and(Filters.lte(DUE_AT, at), Filters.lte(CLAIMED_UNTIL, at));
    if (!skipQueues.isEmpty()) {
      filter = Filters.and(filter, Filters.nin(QUEUE, skipQueues));
    }
    FindOptions options =
        new FindOptions()
            .projection(Projections.include(ID, QUEUE))
            .sort(Sorts.ascending(DUE_AT))
            .limit(limit);
    Bson query = filter;
    return outbox()
        .chain(c -> c.find(query, options).collect().asList())
        .map(docs -> docs.stream().map(d -> new Candidate(d.getString(ID), d.getString(QUEUE))))
        .map(candidates -> candidates.toList());
  }

  @Override
  public Uni<Optional<PendingNotification>> claim(
      String id, String owner, Instant now, Instant until) {
    Bson update =
        Updates.combine(
            Updates.set(CLAIMED_BY, owner), Updates.set(CLAIMED_UNTIL, Date.from(until)));
    FindOneAndUpdateOptions options =
        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);
    return outbox()
        .chain(
            c ->
                c.find(
                        Filters.eq(ID, id),
                        new FindOptions().projection(Projections.include(ID, CLAIMED_UNTIL)))
                    .collect()
                    .first()
                    .chain(
                        seen -> {
                          Date claimedUntil = seen == null ? null : seen.getDate(CLAIMED_UNTIL);
                          if (claimedUntil == null || claimedUntil.toInstant().isAfter(now)) {
                            return Uni.createFrom().nullItem();
                          }
                          Bson unchanged = new Document(ID, id).append(CLAIMED_UNTIL, claimedUntil);
                          return c.findOneAndUpdate(unchanged, update, options);
                        }))
        .map(doc -> Optional.ofNullable(doc).map(OutboxDocuments::fromDocument));
  }

  /** One update per notification, each filtered on exactly {@code (_id, claimedBy)}. */
  private Uni<Long> updateClaimed(Collection<String> ids, String owner, Bson update) {
    if (ids.isEmpty()) {
      return Uni.createFrom().item(0L);
    }
    List<UpdateOneModel<Document>> models =
        ids.stream()
            .map(
                id ->
                    new UpdateOneModel<Document>(
                        new Document(ID, id).append(CLAIMED_BY, owner), update))
            .toList();
    return outbox()
        .chain(c -> c.bulkWrite(models, new BulkWriteOptions().ordered(false)))
        .map(result -> (long) result.getMatchedCount());
  }

  @Override
  public Uni<Long> renew(Collection<String> ids, String owner, Instant until) {
    return updateClaimed(ids, owner, Updates.set(CLAIMED_UNTIL, Date.from(until)));
  }

  @Override
  public Uni<Void> release(Collection<String> ids, String owner) {
    return updateClaimed(ids, owner, unclaim()).replaceWithVoid();
  }

  @Override
  public Uni<Void> reschedule(
      String id, String owner, int attempts, Instant dueAt, String lastError) {
    Bson filter = new Document(ID, id).append(CLAIMED_BY, owner);
    Bson update =
        Updates.combine(
            unclaim(),
            Updates.set(ATTEMPTS, attempts),
            Updates.set(DUE_AT, Date.from(dueAt)),
            Updates.set(LAST_ERROR, lastError));
    return outbox().chain(c -> c.updateOne(filter, update)).replaceWithVoid();
  }

  private static Bson unclaim() {
    return Updates.combine(Updates.set(CLAIMED_BY, null), Updates.set(CLAIMED_UNTIL, UNCLAIMED));
  }

  @Override
  public Uni<Void> remove(String id) {
    return removals.write(id).replaceWithVoid();
  }

  private Uni<List<Boolean>> removeAll(List<String> ids) {
    List<Boolean> done = java.util.Collections.nCopies(ids.size(), true);
    return outbox().chain(c -> c.deleteMany(Filters.in(ID, ids))).replaceWith(done);
  }

  @Override
  public Uni<Long> removeAll(Tenant tenant, String subscriptionId) {
    Bson filter =
        Filters.and(
            Filters.eq(OutboxDocuments.TENANT, tenant.name()),
            Filters.eq(OutboxDocuments.SUBSCRIPTION, subscriptionId));
    return outbox().chain(c -> c.deleteMany(filter)).map(r -> r.getDeletedCount());
  }

  @Override
  public Uni<Long> count() {
    return outbox().chain(ReactiveMongoCollection::countDocuments);
  }
}
