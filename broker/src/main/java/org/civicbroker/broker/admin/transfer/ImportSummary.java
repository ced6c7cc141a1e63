package org.civicbroker.broker.admin.transfer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What an import did, counted as it goes: entities and subscriptions written, lines skipped
 * (existing ids), lines that failed ({@code failed}) with the first {@value #MAX_ERRORS} of them
 * listed by line number with a detail. Thread-safe.
 */
public final class ImportSummary {
  static final int MAX_ERRORS = 100;

  private final ArrayNode errors = JsonNodeFactory.instance.arrayNode();
  private long entities;
  private long subscriptions;
  private long skipped;
  private long failed;

  synchronized void entity() {
    entities++;
  }

  synchronized void subscription() {
    subscriptions++;
  }

  synchronized void skipped() {
    skipped++;
  }

  synchronized void error(long line, String detail) {
    failed++;
    if (errors.size() < MAX_ERRORS) {
      errors.addObject().put("line", line).put("detail", detail);
    }
  }

  public synchronized long entities() {
    return entities;
  }

  /** The summary as the import endpoint answers it. */
  public synchronized ObjectNode toJson() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("entities", entities);
    o.put("subscriptions", subscriptions);
    o.put("skipped", skipped);
    o.put("failed", failed);
    o.set("errors", errors.deepCopy());
    return o;
  }
}
