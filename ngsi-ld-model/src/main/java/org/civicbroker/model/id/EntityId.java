package org.civicbroker.model.id;

import org.civicbroker.model.error.NgsiLdException;

/** An entity id: an absolute URI (GS CIM 009 clause 4.5.1), checked once at the boundary. */
public record EntityId(String value) {

  public EntityId {
    if (!Uris.isAbsolute(value)) {
      throw NgsiLdException.badData("Entity id is not an absolute URI: " + Uris.quote(value));
    }
  }

  public static EntityId of(String value) {
    return new EntityId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
