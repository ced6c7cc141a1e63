package org.civicbroker.model.representation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.jsonld.LdContext;

/**
 * How to render entities: the query parameters of retrieval and query operations (GS CIM 009
 * clauses 5.7.1, 5.7.2, 6.3.x): {@code options} / {@code format}, {@code attrs}, {@code pick},
 * {@code omit}, {@code lang}, {@code geometryProperty}.
 *
 * <p>Names are kept as the client gave them (compact terms or IRIs); writers expand them with the
 * request's {@link LdContext} ({@link #expandedAttrs}).
 *
 * @param format the representation
 * @param sysAttrs include {@code createdAt} / {@code modifiedAt} ({@code options=sysAttrs})
 * @param attrs attribute names to keep (null = all); {@code id}, {@code type}, {@code scope} stay
 * @param pick entity members to keep (null = all): {@code id}, {@code type}, {@code scope} or
 *     attribute names (V1.8)
 * @param omit entity members to drop (null = none)
 * @param lang language filter for LanguageProperties (null = none)
 * @param geometryProperty the GeoProperty that becomes a GeoJSON Feature's geometry
 */
public record RenderOptions(
    Format format,
    boolean sysAttrs,
    List<String> attrs,
    List<String> pick,
    List<String> omit,
    LanguageFilter lang,
    String geometryProperty) {

  public static final RenderOptions DEFAULT =
      new RenderOptions(Format.NORMALIZED, false, null, null, null, null, "location");

  public RenderOptions {
    format = format == null ? Format.NORMALIZED : format;
    attrs = attrs == null ? null : List.copyOf(attrs);
    pick = pick == null ? null : List.copyOf(pick);
    omit = omit == null ? null : List.copyOf(omit);
    geometryProperty = geometryProperty == null ? "location" : geometryProperty;
    if (pick != null && omit != null) {
      throw NgsiLdException.badData("'pick' and 'omit' cannot be used together");
    }
    if (pick != null && attrs != null) {
      throw NgsiLdException.badData("'pick' and 'attrs' cannot be used together");
    }
  }

  /**
   * Parses the query parameters (absent parameters are missing keys; other keys are ignored).
   *
   * @throws NgsiLdException BAD_REQUEST_DATA for an unknown option, conflicting formats, malformed
   *     lists or names, {@code pick} with {@code omit}, or a malformed {@code lang}
   */
  public static RenderOptions fromQuery(Map<String, String> params) {
    return fromQuery(params, Set.of());
  }

  /**
   * As {@link #fromQuery(Map)}, tolerating the {@code options} values in {@code otherOptions} that
   * the calling operation handles itself (e.g. {@code noOverwrite}).
   */
  public static RenderOptions fromQuery(Map<String, String> params, Set<String> otherOptions) {
    Format format = null;
    boolean sysAttrs = false;
    for (String token : list(params.get("options"), "options")) {
      if (token.equals("sysAttrs")) {
        sysAttrs = true;
      } else if (!otherOptions.contains(token)) {
        format = merge(format, formatOf(token, "options"));
      }
    }
    if (params.get("format") != null) {
      format = merge(format, formatOf(params.get("format"), "format"));
    }
    String geometryProperty = params.get("geometryProperty");
    if (geometryProperty != null) {
      Names.require(geometryProperty, "geometryProperty");
    }
    String lang = params.get("lang");
    return new RenderOptions(
        format,
        sysAttrs,
        names(params.get("attrs"), "attrs"),
        names(params.get("pick"), "pick"),
        names(params.get("omit"), "omit"),
        lang == null ? null : LanguageFilter.parse(lang),
        geometryProperty);
  }

  /** The expanded attribute names of {@code attrs}; null when all attributes are wanted. */
  public Set<String> expandedAttrs(LdContext ctx) {
    if (attrs == null) {
      return null;
    }
    Set<String> result = new LinkedHashSet<>();
    attrs.forEach(a -> result.add(ctx.expandAttributeName(a)));
    return result;
  }

  /** A copy in another format. */
  /** The same options projecting on {@code names} (compact or expanded attribute names). */
  public RenderOptions withAttrs(List<String> names) {
    return new RenderOptions(format, sysAttrs, names, pick, omit, lang, geometryProperty);
  }

  public RenderOptions withFormat(Format value) {
    return new RenderOptions(value, sysAttrs, attrs, pick, omit, lang, geometryProperty);
  }

  private static Format formatOf(String token, String param) {
    return switch (token) {
      case "keyValues", "simplified" -> Format.SIMPLIFIED;
      case "concise" -> Format.CONCISE;
      case "normalized" -> Format.NORMALIZED;
      default -> throw NgsiLdException.badData("Unknown " + param + " value '" + token + "'");
    };
  }

  private static Format merge(Format current, Format next) {
    if (current != null && current != next) {
      throw NgsiLdException.badData(
          "Conflicting representations requested: " + current + " and " + next);
    }
    return next;
  }

  private static List<String> list(String value, String param) {
    if (value == null) {
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (String item : value.split(",", -1)) {
      String t = item.trim();
      if (t.isEmpty()) {
        throw NgsiLdException.badData("Empty item in '" + param + "': '" + value + "'");
      }
      items.add(t);
    }
    return items;
  }

  private static List<String> names(String value, String param) {
    if (value == null) {
      return null;
    }
    List<String> items = list(value, param);
    items.forEach(n -> Names.require(n, "'" + param + "'"));
    return items;
  }
}
