package org.civicbroker.model.subscription;

import static org.civicbroker.model.subscription.JsonMembers.absent;
import static org.civicbroker.model.subscription.JsonMembers.bad;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.civicbroker.model.id.Uris;
import org.civicbroker.model.jsonld.LdContext;
import org.civicbroker.model.representation.Format;

/**
 * Reads the {@code notification} member (clause 5.2.14). The read-only status members ({@code
 * status}, {@code timesSent}, {@code timesFailed}, {@code lastNotification}, {@code lastSuccess},
 * {@code lastFailure}) and unknown members are ignored.
 */
final class NotificationParamsReader {
  private NotificationParamsReader() {}

  static NotificationParams read(JsonNode n, LdContext ctx) {
    if (absent(n)) {
      throw bad("notification", "is required");
    }
    if (!n.isObject()) {
      throw bad("notification", "must be an object");
    }
    return new NotificationParams(
        attributes(n.get("attributes"), "notification.attributes", ctx),
        format(n.get("format")),
        flag(n.get("sysAttrs"), "notification.sysAttrs"),
        flag(n.get("showChanges"), "notification.showChanges"),
        members(n.get("pick"), "notification.pick", ctx),
        members(n.get("omit"), "notification.omit", ctx),
        absent(n.get("join")) ? null : JsonMembers.text(n.get("join"), "notification.join"),
        joinLevel(n.get("joinLevel")),
        EndpointReader.read(n.get("endpoint")));
  }

  private static List<String> attributes(JsonNode value, String path, LdContext ctx) {
    if (absent(value)) {
      return null;
    }
    return JsonMembers.names(value, path).stream().map(ctx::expandAttributeName).toList();
  }

  /** {@code pick}/{@code omit}: entity members stay, attribute names are expanded. */
  private static List<String> members(JsonNode value, String path, LdContext ctx) {
    if (absent(value)) {
      return null;
    }
    return JsonMembers.names(value, path).stream()
        .map(n -> NotificationParams.ENTITY_MEMBERS.contains(n) ? n : ctx.expandAttributeName(n))
        .distinct()
        .toList();
  }

  private static Format format(JsonNode value) {
    if (absent(value)) {
      return Format.NORMALIZED;
    }
    String format = JsonMembers.text(value, "notification.format");
    return switch (format) {
      case "normalized" -> Format.NORMALIZED;
      case "keyValues", "simplified" -> Format.SIMPLIFIED;
      case "concise" -> Format.CONCISE;
      default ->
          throw bad(
              "notification.format",
              "must be normalized, keyValues or concise, not " + Uris.quote(format));
    };
  }

  private static boolean flag(JsonNode value, String path) {
    return !absent(value) && JsonMembers.bool(value, path);
  }

  private static Integer joinLevel(JsonNode value) {
    if (absent(value)) {
      return null;
    }
    long level = JsonMembers.whole(value, "notification.joinLevel", 1);
    if (level > 1000) {
      throw bad("notification.joinLevel", "is too large");
    }
    return (int) level;
  }

  /** The payload name of a format. */
  static String formatName(Format format) {
    return switch (format) {
      case NORMALIZED -> "normalized";
      case SIMPLIFIED -> "keyValues";
      case CONCISE -> "concise";
    };
  }
}
