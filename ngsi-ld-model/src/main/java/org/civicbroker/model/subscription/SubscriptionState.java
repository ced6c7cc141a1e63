package org.civicbroker.model.subscription;

/**
 * The {@code status} of a subscription (GS CIM 009 clause 5.2.12): {@code expired} once {@code
 * expiresAt} has passed, else {@code paused} when {@code isActive} is false, else {@code active}.
 */
public enum SubscriptionState {
  ACTIVE("active"),
  PAUSED("paused"),
  EXPIRED("expired");

  private final String term;

  SubscriptionState(String term) {
    this.term = term;
  }

  /** The value of the {@code status} member. */
  public String term() {
    return term;
  }
}
