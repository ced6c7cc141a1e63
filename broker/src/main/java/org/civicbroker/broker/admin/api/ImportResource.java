package org.civicbroker.broker.admin.api;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civicbroker.broker.admin.transfer.Import;
import org.civicbroker.broker.admin.transfer.ImportMode;
import org.civicbroker.broker.admin.transfer.ImportSummary;
import org.civicbroker.model.error.NgsiLdException;

/**
 * Operator endpoint (not NGSI-LD; protect {@code /admin}): import of NGSI-LD JSON lines as {@code
 * GET /admin/export} writes them. A city's export is far larger than the request body limit, so it
 * is read from a file on the broker's disk: {@code ?file=NAME}, inside {@code broker.import.path}.
 * Small imports may come as the body instead (within {@code broker.limits.max-body-bytes}). {@code
 * ?mode=skip} (default) keeps existing ids, {@code ?mode=replace} overwrites them. Answers 200 with
 * the summary; imported entities keep their times and trigger no notification.
 */
@Path("/admin/import")
public class ImportResource {
  private final Import imports;

  @Inject
  public ImportResource(Import imports) {
    this.imports = imports;
  }

  /** Imports a file of the import directory or the body. */
  @POST
  public Uni<Response> run(
      @QueryParam("file") String file, @QueryParam("mode") String mode, byte[] body) {
    ImportMode how = ImportMode.of(mode);
    boolean hasBody = body != null && body.length > 0;
    if ((file == null) == !hasBody) {
      throw NgsiLdException.badData(
          "Give either ?file=NAME (a file in the import directory) or the lines as the body");
    }
    Uni<ImportSummary> summary =
        file != null ? imports.fromFile(file, how) : imports.fromBody(body, how);
    return summary.map(
        s -> Response.ok(s.toJson().toString()).type(MediaType.APPLICATION_JSON).build());
  }
}
