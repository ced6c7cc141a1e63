package org.civicbroker.model.query.q;

import java.util.List;
import java.util.Optional;

/**
 * The attribute path of a query term (clause 4.9, production ValuePath): a dotted list of names —
 * the attribute, then sub-attributes, optionally ending with a {@link QMember} such as {@code
 * observedAt} — and an optional trailing path in square brackets into the (JSON) value, e.g. {@code
 * sensor.rawdata[airquality.particulate]}.
 *
 * <p>{@code names} are compact in parsed trees and expanded IRIs after {@link QResolver}. The
 * {@code valuePath} keys are JSON member names (or, for a LanguageProperty, a language tag or
 * {@code *}) and are never expanded; an empty list means there is no bracketed path.
 */
public record QPath(List<String> names, List<String> valuePath) {

  public QPath {
    names = List.copyOf(names);
    valuePath = valuePath == null ? List.of() : List.copyOf(valuePath);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("an attribute path has at least one name");
    }
    for (int i = 1; i < names.size() - 1; i++) {
      if (QMember.of(names.get(i)).isPresent()) {
        throw new IllegalArgumentException(names.get(i) + " can only end an attribute path");
      }
    }
    if (!valuePath.isEmpty() && names.size() > 1 && member(names).isPresent()) {
      throw new IllegalArgumentException("a member like observedAt has no value path");
    }
  }

  public static QPath of(String... names) {
    return new QPath(List.of(names), List.of());
  }

  /** The (top-level) attribute name. */
  public String attribute() {
    return names.get(0);
  }

  /** The member the path ends with, if any (never the first name). */
  public Optional<QMember> member() {
    return member(names);
  }

  /** The sub-attribute names after the attribute, without a trailing member. */
  public List<String> subAttributes() {
    int end = member().isPresent() ? names.size() - 1 : names.size();
    return names.subList(1, end);
  }

  public boolean hasValuePath() {
    return !valuePath.isEmpty();
  }

  /** A copy with other names and the same value path. */
  public QPath withNames(List<String> newNames) {
    return new QPath(newNames, valuePath);
  }

  private static Optional<QMember> member(List<String> names) {
    return names.size() < 2 ? Optional.empty() : QMember.of(names.get(names.size() - 1));
  }

  @Override
  public String toString() {
    return QPrinter.path(this);
  }
}
