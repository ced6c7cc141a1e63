package org.civicbroker.broker.entity.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.civicbroker.broker.common.api.MediaTypes;
import org.civicbroker.broker.common.api.ProblemDetailsMapper;
import org.civicbroker.broker.common.json.JsonCodec;

/**
 * The responses of the batch operations (GS CIM 009 clauses 6.14 - 6.17, 6.31): 201 with the array
 * of created ids, 204, or 207 with a BatchOperationResult (clause 5.2.16) whose errors carry a
 * ProblemDetails each (clause 5.2.17 BatchEntityError).
 */
@ApplicationScoped
public class BatchResponses {
  private final JsonCodec json;

  @Inject
  public BatchResponses(JsonCodec json) {
    this.json = json;
  }

  /** Create: 201 with the created ids when every entity was created, else 207. */
  public Response created(BatchResult result) {
    return result.allSucceeded() ? createdIds(result.createdIds()) : multiStatus(result);
  }

  /**
   * Upsert: 201 with the ids of the entities created when every entity was created or updated and
   * some were created, 204 when all existed and were updated, else 207.
   */
  public Response upserted(BatchResult result) {
    if (!result.allSucceeded()) {
      return multiStatus(result);
    }
    List<String> created = result.createdIds();
    return created.isEmpty() ? Response.noContent().build() : createdIds(created);
  }

  /** Update, delete, merge, purge: 204 when every entity succeeded, else 207. */
  public Response done(BatchResult result) {
    return result.allSucceeded() ? Response.noContent().build() : multiStatus(result);
  }

  private Response createdIds(List<String> ids) {
    ArrayNode body = JsonNodeFactory.instance.arrayNode();
    ids.forEach(body::add);
    return Response.status(Response.Status.CREATED)
        .type(MediaTypes.JSON)
        .entity(json.write(body))
        .build();
  }

  /** 207 Multi-Status with the BatchOperationResult. */
  public Response multiStatus(BatchResult result) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ArrayNode success = body.putArray("success");
    result.successIds().forEach(success::add);
    ArrayNode errors = body.putArray("errors");
    for (ItemResult r : result.errors()) {
      ObjectNode error = errors.addObject();
      error.put("entityId", r.entityId());
      error.set("error", ProblemDetailsMapper.body(r.error().type(), r.error().detail()));
    }
    return Response.status(207).type(MediaTypes.JSON).entity(json.write(body)).build();
  }
}
