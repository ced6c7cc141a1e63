package org.civicbroker.broker.entity.batch;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civicbroker.broker.common.api.ApiRequest;
import org.civicbroker.broker.entity.batch.BatchRequests.EntityChangeReader;
import org.civicbroker.model.representation.EntityReader;
import org.civicbroker.model.representation.FragmentReader;

/**
 * The batch entity operations of GS CIM 009 clauses 5.6.7 - 5.6.10 and 5.6.20 ({@code
 * /ngsi-ld/v1/entityOperations/...}, HTTP binding clauses 6.14 - 6.17 and 6.31). The paths are also
 * served with a trailing slash, as FIWARE IoT Agents send them.
 */
@Path("/ngsi-ld/v1/entityOperations")
public class BatchResource {
  private final BatchRequests requests;
  private final BatchService service;
  private final BatchResponses responses;
  private final EntityReader entities = new EntityReader();
  private final FragmentReader fragments = new FragmentReader();

  @Inject
  public BatchResource(BatchRequests requests, BatchService service, BatchResponses responses) {
    this.requests = requests;
    this.service = service;
    this.responses = responses;
  }

  /** 5.6.7 Batch Entity Creation. */
  @POST
  @Path("/create")
  public Uni<Response> create(@Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
    EntityChangeReader reader = (p, id, ctx) -> BatchChanges.create(entities.read(p, ctx));
    return run(ApiRequest.of(headers, uri), body, reader, false).map(responses::created);
  }

  /**
   * 5.6.8 Batch Entity Creation or Update (Upsert), {@code options=replace} (default) or update.
   */
  @POST
  @Path("/upsert")
  public Uni<Response> upsert(@Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
    ApiRequest request = ApiRequest.of(headers, uri);
    EntityChangeReader reader =
        request.hasOption("update")
            ? (p, id, ctx) -> BatchChanges.upsertUpdate(entities.read(p, ctx))
            : (p, id, ctx) -> BatchChanges.upsertReplace(entities.read(p, ctx));
    return run(request, body, reader, false).map(responses::upserted);
  }

  /** 5.6.9 Batch Entity Update ({@code options=noOverwrite}). */
  @POST
  @Path("/update")
  public Uni<Response> update(@Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
    ApiRequest request = ApiRequest.of(headers, uri);
    boolean noOverwrite = request.hasOption("noOverwrite");
    EntityChangeReader reader =
        (p, id, ctx) -> BatchChanges.update(id, fragments.readAppend(p, id, ctx), noOverwrite);
    return run(request, body, reader, true).map(responses::done);
  }

  /** 5.6.20 Batch Entity Merge. */
  @POST
  @Path("/merge")
  public Uni<Response> merge(@Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
    EntityChangeReader reader =
        (p, id, ctx) -> BatchChanges.merge(id, fragments.readMerge(p, id, ctx));
    return run(ApiRequest.of(headers, uri), body, reader, true).map(responses::done);
  }

  /** 5.6.10 Batch Entity Deletion: the body is an array of entity ids. */
  @POST
  @Path("/delete")
  public Uni<Response> delete(@Context HttpHeaders headers, @Context UriInfo uri, byte[] body) {
    ApiRequest request = ApiRequest.of(headers, uri);
    return service
        .executeOnExisting(request.tenant(), requests.ids(request, body))
        .map(responses::done);
  }

  /** Reads the entities and runs them; {@code existing}: on existing entities only. */
  private Uni<BatchResult> run(
      ApiRequest request, byte[] body, EntityChangeReader reader, boolean existing) {
    return requests
        .entities(request, body, reader)
        .chain(
            items ->
                existing
                    ? service.executeOnExisting(request.tenant(), items)
                    : service.execute(request.tenant(), items));
  }
}
