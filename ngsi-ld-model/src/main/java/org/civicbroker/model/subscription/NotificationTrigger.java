package org.civicbroker.model.subscription;

import java.util.List;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.id.Uris;

/**
 * The kinds of change that trigger a notification (GS CIM 009 clause 5.2.12, member {@code
 * notificationTrigger}). Without the member, {@link #DEFAULT} applies; {@code entityUpdated} stands
 * for the three attribute triggers together ({@link #coversAttributeChanges}).
 */
public enum NotificationTrigger {
  ENTITY_CREATED("entityCreated"),
  ENTITY_UPDATED("entityUpdated"),
  ENTITY_DELETED("entityDeleted"),
  ATTRIBUTE_CREATED("attributeCreated"),
  ATTRIBUTE_UPDATED("attributeUpdated"),
  ATTRIBUTE_DELETED("attributeDeleted");

  /** The triggers of a subscription without {@code notificationTrigger}. */
  public static final List<NotificationTrigger> DEFAULT =
      List.of(ATTRIBUTE_CREATED, ATTRIBUTE_UPDATED);

  private final String term;

  NotificationTrigger(String term) {
    this.term = term;
  }

  /** The name used in payloads, e.g. {@code attributeCreated}. */
  public String term() {
    return term;
  }

  /** True for the attribute triggers and for {@code entityUpdated}, which stands for all three. */
  public boolean coversAttributeChanges() {
    return this == ENTITY_UPDATED
        || this == ATTRIBUTE_CREATED
        || this == ATTRIBUTE_UPDATED
        || this == ATTRIBUTE_DELETED;
  }

  /** The trigger for a payload name; BadRequestData for anything else. */
  public static NotificationTrigger of(String term) {
    for (NotificationTrigger t : values()) {
      if (t.term.equals(term)) {
        return t;
      }
    }
    throw NgsiLdException.badData(
        "notificationTrigger: unknown trigger "
            + Uris.quote(term)
            + " (valid: entityCreated, entityUpdated, entityDeleted, attributeCreated,"
            + " attributeUpdated, attributeDeleted)");
  }
}
