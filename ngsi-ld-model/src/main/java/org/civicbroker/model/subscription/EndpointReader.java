package org.civicbroker.model.subscription;

import static org.civicbroker.model.subscription.JsonMembers.absent;
import static org.civicbroker.model.subscription.JsonMembers.bad;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civicbroker.model.id.Uris;

/** Reads the {@code notification.endpoint} member (clause 5.2.15) into an {@link EndpointSpec}. */
final class EndpointReader {
  static final String PATH = "notification.endpoint";

  private EndpointReader() {}

  static EndpointSpec read(JsonNode endpoint) {
    if (absent(endpoint)) {
      throw bad(PATH, "is required");
    }
    if (!endpoint.isObject()) {
      throw bad(PATH, "must be an object");
    }
    JsonNode accept = endpoint.get("accept");
    return new EndpointSpec(
        uri(endpoint.get("uri")),
        absent(accept) ? null : JsonMembers.text(accept, PATH + ".accept"),
        pairs(endpoint.get("receiverInfo"), PATH + ".receiverInfo"),
        pairs(endpoint.get("notifierInfo"), PATH + ".notifierInfo"),
        millis(endpoint.get("timeout"), PATH + ".timeout"),
        millis(endpoint.get("cooldown"), PATH + ".cooldown"));
  }

  private static URI uri(JsonNode value) {
    if (absent(value)) {
      throw bad(PATH + ".uri", "is required");
    }
    String text = JsonMembers.uri(value, PATH + ".uri");
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw bad(PATH + ".uri", "is not a valid URI: " + Uris.quote(text));
    }
  }

  private static Duration millis(JsonNode value, String path) {
    return absent(value) ? null : Duration.ofMillis(JsonMembers.whole(value, path, 0));
  }

  /** An array of KeyValuePair (clause 5.2.22): string {@code key} and string {@code value}. */
  private static Map<String, String> pairs(JsonNode value, String path) {
    if (absent(value)) {
      return Map.of();
    }
    if (!value.isArray()) {
      throw bad(path, "must be an array of {key, value} objects");
    }
    Map<String, String> pairs = new LinkedHashMap<>();
    int i = 0;
    for (JsonNode pair : value) {
      String at = path + "[" + i++ + "]";
      if (!pair.isObject()) {
        throw bad(at, "must be an object with a key and a value");
      }
      String key = JsonMembers.text(pair.get("key"), at + ".key");
      String text = JsonMembers.text(pair.get("value"), at + ".value");
      if (key.isEmpty() || hasControl(key)) {
        throw bad(at + ".key", "must be non-empty, without control characters");
      }
      if (hasControl(text)) {
        throw bad(at + ".value", "must not contain control characters");
      }
      if (pairs.put(key, text) != null) {
        throw bad(path, "key " + Uris.quote(key) + " appears twice");
      }
    }
    return pairs;
  }

  /** Control characters (e.g. CR, LF) would let a value inject HTTP headers. */
  private static boolean hasControl(String s) {
    return s.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
  }
}
