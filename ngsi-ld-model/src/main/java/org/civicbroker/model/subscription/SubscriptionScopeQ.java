package org.civicbroker.model.subscription;

import java.util.Objects;
import org.civicbroker.model.query.scope.ScopeQ;
import org.civicbroker.model.query.scope.ScopeQParser;

/** A subscription's {@code scopeQ} (clause 4.19): the text as given and its parsed tree. */
public record SubscriptionScopeQ(String text, ScopeQ query) {

  public SubscriptionScopeQ {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(query, "query");
  }

  /** Parses the text; BadRequestData when it is not a valid scopeQ. */
  public static SubscriptionScopeQ parse(String text) {
    return new SubscriptionScopeQ(text, ScopeQParser.parse(text));
  }
}
