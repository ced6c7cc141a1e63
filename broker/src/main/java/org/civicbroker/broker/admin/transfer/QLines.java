package org.civicbroker.broker.admin.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.subscription.SubscriptionQ;
import org.civicbroker.model.subscription.TermBindings;

/**
 * A subscription's {@code q} exactly as created: its text and the expansions its creation context
 * made ({@link TermBindings}), {@code {"text": ..., "attributes": {term: IRI}, "vocab": {term:
 * IRI}}}. The expanded {@code q} of the subscription itself means the same for matching attribute
 * names, but loses how vocabulary values were expanded and the text as the creator wrote it.
 */
final class QLines {
  private QLines() {}

  static ObjectNode write(SubscriptionQ q) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("text", q.text());
    ObjectNode attributes = o.putObject("attributes");
    q.bindings().attributes().forEach(attributes::put);
    ObjectNode vocab = o.putObject("vocab");
    q.bindings().vocab().forEach(vocab::put);
    return o;
  }

  static SubscriptionQ read(JsonNode o) {
    JsonNode text = o.get("text");
    if (!o.isObject() || text == null || !text.isTextual()) {
      throw NgsiLdException.badData("'q' must be an object with the query's 'text'");
    }
    return SubscriptionQ.restore(
        text.textValue(), new TermBindings(pairs(o.get("attributes")), pairs(o.get("vocab"))));
  }

  private static Map<String, String> pairs(JsonNode o) {
    Map<String, String> pairs = new LinkedHashMap<>();
    if (o != null && o.isObject()) {
      o.fields().forEachRemaining(e -> pairs.put(e.getKey(), e.getValue().asText()));
    }
    return pairs;
  }
}
