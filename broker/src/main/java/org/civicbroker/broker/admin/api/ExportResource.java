package org.civicbroker.broker.admin.api;

import io.smallrye.mutiny.Multi;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import org.civicbroker.broker.admin.transfer.Export;
import org.civicbroker.broker.common.api.MediaTypes;
import org.civicbroker.model.id.Tenant;
import org.jboss.resteasy.reactive.common.util.RestMediaType;

/**
 * Operator endpoint (not NGSI-LD; protect {@code /admin}): export of entities and subscriptions as
 * NGSI-LD JSON lines ({@code application/x-ndjson}), streamed as the client reads. {@code
 * ?tenant=X} (or the {@code NGSILD-Tenant} header) exports one tenant, none every tenant. A store
 * failure after the first line closes the connection, so the client sees an incomplete transfer
 * rather than a short file.
 */
@Path("/admin/export")
public class ExportResource {
  private final Export export;

  @Inject
  public ExportResource(Export export) {
    this.export = export;
  }

  /** Exports one tenant or all. */
  @GET
  @Produces(RestMediaType.APPLICATION_NDJSON)
  public Multi<byte[]> export(
      @QueryParam("tenant") String tenant,
      @Context HttpHeaders headers,
      @Context HttpServerResponse response) {
    String name = tenant != null ? tenant : headers.getHeaderString(MediaTypes.TENANT);
    Tenant only = name == null || name.isBlank() ? null : Tenant.of(name);
    return export
        .chunks(only)
        .onFailure()
        .invoke(
            e -> {
              if (response.headWritten()) {
                response.reset();
              }
            });
  }
}
