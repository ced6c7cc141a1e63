package org.civicbroker.model.subscription;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.civicbroker.model.error.NgsiLdException;
import org.civicbroker.model.representation.Format;
import org.civicbroker.model.representation.LanguageFilter;
import org.civicbroker.model.representation.RenderOptions;

/**
 * How notifications of a subscription look and where they go (GS CIM 009 clause 5.2.14
 * NotificationParams, without the read-only status members, which the broker keeps apart).
 *
 * @param attributes expanded names of the attributes to include; null for all
 * @param format the entity representation ({@code format}: normalized, keyValues or concise)
 * @param sysAttrs include {@code createdAt}/{@code modifiedAt} ({@code sysAttrs})
 * @param showChanges include {@code previousValue} etc. ({@code showChanges}; not with keyValues)
 * @param pick entity members to keep: {@code id}, {@code type}, {@code scope} or expanded attribute
 *     names; null for all
 * @param omit entity members to drop, like {@code pick}; null for none
 * @param join {@code flat}, {@code inline} or {@code @none} (linked entities, clause 4.5.23); null
 *     when not given
 * @param joinLevel depth of linked entities to follow; null when not given
 * @param endpoint where to deliver
 */
public record NotificationParams(
    List<String> attributes,
    Format format,
    boolean sysAttrs,
    boolean showChanges,
    List<String> pick,
    List<String> omit,
    String join,
    Integer joinLevel,
    EndpointSpec endpoint) {

  /** Values of {@code join}. */
  public static final Set<String> JOIN_VALUES = Set.of("flat", "inline", "@none");

  /** Members of {@code pick}/{@code omit} that are entity members, not attribute names. */
  public static final Set<String> ENTITY_MEMBERS =
      Set.of("id", "type", "scope", "createdAt", "modifiedAt");

  public NotificationParams {
    attributes = attributes == null ? null : List.copyOf(attributes);
    pick = pick == null ? null : List.copyOf(pick);
    omit = omit == null ? null : List.copyOf(omit);
    format = format == null ? Format.NORMALIZED : format;
    Objects.requireNonNull(endpoint, "endpoint");
    if (showChanges && format == Format.SIMPLIFIED) {
      throw NgsiLdException.badData(
          "notification.showChanges: cannot be true with the keyValues format");
    }
    if (pick != null && omit != null) {
      throw NgsiLdException.badData("notification: 'pick' and 'omit' cannot be used together");
    }
    if (attributes != null && (pick != null || omit != null)) {
      throw NgsiLdException.badData(
          "notification: 'attributes' cannot be used together with 'pick' or 'omit'");
    }
    if (join != null && !JOIN_VALUES.contains(join)) {
      throw NgsiLdException.badData("notification.join: must be flat, inline or @none");
    }
    if (joinLevel != null && joinLevel < 1) {
      throw NgsiLdException.badData("notification.joinLevel: must be at least 1");
    }
  }

  /** Parameters with defaults and only an endpoint. */
  public static NotificationParams of(EndpointSpec endpoint) {
    return new NotificationParams(
        null, Format.NORMALIZED, false, false, null, null, null, null, endpoint);
  }

  /**
   * The entity rendering these parameters ask for, with the subscription's {@code lang}. Names are
   * expanded, which any context leaves as they are.
   */
  public RenderOptions renderOptions(String lang) {
    return new RenderOptions(
        format,
        sysAttrs,
        attributes,
        pick,
        omit,
        lang == null ? null : LanguageFilter.parse(lang),
        null);
  }
}
