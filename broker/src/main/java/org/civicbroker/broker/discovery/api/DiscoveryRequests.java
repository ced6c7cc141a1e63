package org.civicbroker.broker.discovery.api;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;
import org.civicbroker.broker.common.api.ApiRequest;
import org.civicbroker.broker.common.api.ResponseFormat;
import org.civicbroker.broker.context.ContextService;
import org.civicbroker.broker.storage.TenantGuard;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Tenant;
import org.civicbroker.model.id.Uris;

/**
 * The checks every discovery request goes through, in this order: its query parameters (clause
 * 6.3.20: a parameter the operation does not define is an InvalidRequest; {@code details} and
 * {@code local} must be {@code true} or {@code false}), the Accept header (JSON or JSON-LD, else
 * 406), the tenant (unknown: 404 NonexistentTenant, clause 4.14) and the Link context.
 *
 * <p>{@code local=true} is accepted and changes nothing: this broker answers discovery from its own
 * entities only.
 */
@ApplicationScoped
public class DiscoveryRequests {
  /** The parameters of GET /types and GET /attributes (5.7.5, 5.7.6, 5.7.8, 5.7.9). */
  public static final Set<String> LIST_PARAMETERS = Set.of("details", "local");

  /** The parameters of GET /types/{type} and GET /attributes/{attrId} (5.7.7, 5.7.10). */
  public static final Set<String> ITEM_PARAMETERS = Set.of("local");

  private final ContextService contexts;
  private final TenantGuard tenants;

  @Inject
  public DiscoveryRequests(ContextService contexts, TenantGuard tenants) {
    this.contexts = contexts;
    this.tenants = tenants;
  }

  /** Checks the request; fails with the NGSI-LD error of the first check that fails. */
  public Uni<DiscoveryRequest> open(ApiRequest request, Set<String> allowedParameters) {
    boolean details = checkParameters(request, allowedParameters);
    ResponseFormat format = ResponseFormat.negotiate(request.accept(), false);
    return requireTenant(request.tenant())
        .chain(() -> contexts.resolve(request.linkContext()))
        .map(ctx -> new DiscoveryRequest(request.tenant(), format, ctx, details));
  }

  /** Validates the parameters and returns the value of {@code details}. */
  private static boolean checkParameters(ApiRequest request, Set<String> allowed) {
    Set<String> unknown = new TreeSet<>(request.query().keySet());
    unknown.removeAll(allowed);
    if (!unknown.isEmpty()) {
      throw NgsiLdException.invalidRequest(
          "Parameters not defined for this operation: "
              + String.join(", ", unknown)
              + " (allowed: "
              + String.join(", ", new TreeSet<>(allowed))
              + ")");
    }
    booleanParameter(request, "local");
    return booleanParameter(request, "details");
  }

  private static boolean booleanParameter(ApiRequest request, String name) {
    String value = request.param(name);
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw NgsiLdException.badData(
        "Parameter " + name + " must be true or false, not " + Uris.quote(value));
  }

  private Uni<Void> requireTenant(Tenant tenant) {
    return tenants.requireExisting(tenant);
  }
}
