package org.civicbroker.broker.admin.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civicbroker.broker.admin.backup.Backup;
import org.civicbroker.broker.admin.backup.Backups;
import org.civicbroker.model.representation.DateTimes;

/**
 * Operator endpoint (not NGSI-LD; protect {@code /admin}): online backup of the embedded store. 201
 * with the new directory as {@code Location} ({@code file:} URI) and in the body with its size; 409
 * while another backup runs; 422 OperationNotSupported on MongoDB (use mongodump). Restoring: stop
 * the broker and start it with {@code BROKER_STORAGE_PATH} set to the backup directory.
 */
@Path("/admin/backup")
public class BackupResource {
  private final Backups backups;

  @Inject
  public BackupResource(Backups backups) {
    this.backups = backups;
  }

  /** Makes a backup. */
  @POST
  public Uni<Response> create() {
    return backups.create().map(BackupResource::created);
  }

  private static Response created(Backup backup) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("name", backup.name());
    body.put("directory", backup.directory().toString());
    body.put("bytes", backup.bytes());
    body.put("createdAt", DateTimes.format(backup.at()));
    return Response.created(backup.directory().toUri())
        .type(MediaType.APPLICATION_JSON)
        .entity(body.toString())
        .build();
  }
}
