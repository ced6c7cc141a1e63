package org.civicbroker.broker.entity.service;

import java.util.List;

/**
 * The outcome of Append / Update Attributes (GS CIM 009 clause 5.2.18 UpdateResult): expanded names
 * of attributes updated, and of those not updated with the reason.
 */
public record UpdateResult(List<String> updated, List<NotUpdated> notUpdated) {
  public UpdateResult {
    updated = List.copyOf(updated);
    notUpdated = List.copyOf(notUpdated);
  }

  public boolean complete() {
    return notUpdated.isEmpty();
  }

  /** One attribute that was not updated (clause 5.2.19 NotUpdatedDetails). */
  public record NotUpdated(String attributeName, String reason) {}
}
