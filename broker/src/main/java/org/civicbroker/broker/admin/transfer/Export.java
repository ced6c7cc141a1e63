package org.civicbroker.broker.admin.transfer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.civicbroker.broker.common.json.JsonCodec;
import org.civicbroker.broker.context.ContextService;
import org.civicbroker.broker.entity.store.EntityQueryStore;
import org.civicbroker.broker.storage.TenantGuard;
import org.civicbroker.broker.storage.TenantRegistry;
import org.civicbroker.broker.subscription.api.SubscriptionResponses;
import org.civicbroker.broker.subscription.store.StoredSubscription;
import org.civicbroker.broker.subscription.store.SubscriptionStore;
import org.civicbroker.model.entity.Entity;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.jsonld.LdContext;
import org.civicbroker.model.representation.EntityWriter;
import org.civicbroker.model.representation.Format;
import org.civicbroker.model.representation.RenderOptions;

/**
 * Export as NGSI-LD JSON lines ({@link TransferLines}): per tenant, its entities in id order, then
 * its subscriptions. Streamed from the stores' scans as the client reads (at most {@value
 * #LINES_PER_CHUNK} lines held at a time, whatever the number of entities); each chunk is lines
 * joined by a line feed, and the HTTP layer separates chunks by one.
 */
@ApplicationScoped
public class Export {
  static final int LINES_PER_CHUNK = 64;
  private static final RenderOptions SYS_ATTRS =
      new RenderOptions(Format.NORMALIZED, true, null, null, null, null, null);

  private final EntityQueryStore entities;
  private final SubscriptionStore subscriptions;
  private final TenantRegistry tenants;
  private final TenantGuard guard;
  private final SubscriptionResponses subscriptionViews;
  private final JsonCodec json;
  private final LdContext core;
  private final EntityWriter writer = new EntityWriter();

  @Inject
  public Export(
      EntityQueryStore entities,
      SubscriptionStore subscriptions,
      TenantRegistry tenants,
      TenantGuard guard,
      SubscriptionResponses subscriptionViews,
      JsonCodec json,
      ContextService contexts) {
    this.entities = entities;
    this.subscriptions = subscriptions;
    this.tenants = tenants;
    this.guard = guard;
    this.subscriptionViews = subscriptionViews;
    this.json = json;
    this.core = contexts.coreOnly();
  }

  /**
   * The export of one tenant (NonexistentTenant, before any line, when it does not exist) or, when
   * {@code only} is null, of every tenant, as chunks of whole lines.
   */
  public Multi<byte[]> chunks(Tenant only) {
    Multi<Tenant> which =
        only == null
            ? tenants.tenants().onItem().transformToMulti(list -> Multi.createFrom().iterable(list))
            : Multi.createFrom().uni(guard.requireExisting(only).replaceWith(only));
    return which
        .onItem()
        .transformToMultiAndConcatenate(this::lines)
        .group()
        .intoLists()
        .of(LINES_PER_CHUNK)
        .map(Export::join);
  }

  private Multi<byte[]> lines(Tenant tenant) {
    Multi<byte[]> entityLines = entities.scan(tenant).map(v -> entityLine(tenant, v.value()));
    Multi<byte[]> subscriptionLines =
        subscriptions.scan(tenant).map(s -> subscriptionLine(tenant, s));
    return Multi.createBy().concatenating().streams(entityLines, subscriptionLines);
  }

  private byte[] entityLine(Tenant tenant, Entity entity) {
    return json.write(TransferLines.entityLine(tenant, writer.write(entity, SYS_ATTRS, core)));
  }

  private byte[] subscriptionLine(Tenant tenant, StoredSubscription stored) {
    ObjectNode view = subscriptionViews.render(stored, core, true, Instant.now());
    return json.write(TransferLines.subscriptionLine(tenant, view, stored.subscription()));
  }

  private static byte[] join(List<byte[]> lines) {
    ByteArrayOutputStream chunk = new ByteArrayOutputStream();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        chunk.write('\n');
      }
      chunk.writeBytes(lines.get(i));
    }
    return chunk.toByteArray();
  }
}
