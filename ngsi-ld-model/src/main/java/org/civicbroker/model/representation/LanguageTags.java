package org.civicbroker.model.representation;

/**
 * Language tags as keys of a {@code languageMap} (GS CIM 009 clause 4.5.18: IETF BCP 47 / RFC 5646
 * tags, plus {@code @none} for the value without language). Checked syntactically: a primary subtag
 * of 1 to 8 letters, then subtags of 1 to 8 letters or digits, separated by {@code -}.
 */
public final class LanguageTags {
  private LanguageTags() {}

  /** True for a well-formed tag or {@code @none}. */
  public static boolean isValid(String tag) {
    if (tag == null || Members.NONE.equals(tag)) {
      return tag != null;
    }
    int start = 0;
    for (int i = 0; i <= tag.length(); i++) {
      if (i == tag.length() || tag.charAt(i) == '-') {
        if (!isSubtag(tag, start, i, start == 0)) {
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }

  /** 1 to 8 ASCII letters, or letters and digits after the primary subtag. */
  private static boolean isSubtag(String tag, int from, int to, boolean primary) {
    if (to - from < 1 || to - from > 8) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = tag.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!letter && (primary || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }
}
