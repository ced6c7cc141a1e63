package org.civicbroker.model.id;

import java.util.regex.Pattern;
import org.civicbroker.model.error.NgsiLdException;

/**
 * A tenant (GS CIM 009 clause 4.14), named by the {@code NGSILD-Tenant} header. The default tenant
 * has no name. Names are limited to a safe alphabet because each tenant gets its own database.
 */
public record Tenant(String name) {
  public static final Tenant DEFAULT = new Tenant(null);

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_\\-]{1,48}");

  public Tenant {
    if (name != null && !NAME.matcher(name).matches()) {
      throw NgsiLdException.badData(
          "Tenant name must be 1-48 characters of letters, digits, '_' or '-': "
              + Uris.quote(name));
    }
  }

  /** The tenant for a header value; null or blank means the default tenant. */
  public static Tenant of(String header) {
    return header == null || header.isBlank() ? DEFAULT : new Tenant(header.trim());
  }

  public boolean isDefault() {
    return name == null;
  }
}
