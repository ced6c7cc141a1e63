package org.civicbroker.model.representation;

import java.util.regex.Pattern;

/**
 * Language tags as keys of a {@code languageMap} (GS CIM 009 clause 4.5.18: IETF BCP 47 / RFC 5646
 * tags, plus {@code @none} for the value without language). Checked syntactically: a primary subtag
 * of 1 to 8 letters, then subtags of 1 to 8 letters or digits, separated by {@code -}.
 */
public final class LanguageTags {
  private static final Pattern TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

  private LanguageTags() {}

  /** True for a well-formed tag or {@code @none}. */
  public static boolean isValid(String tag) {
    return Members.NONE.equals(tag) || (tag != null && TAG.matcher(tag).matches());
  }
}
