package uk.ks1.ingest.template;

import java.util.regex.Pattern;

/**
 * Undoes what spreadsheets do to cell text: surrounding and non-breaking spaces, the leading
 * apostrophe Excel uses to keep text as text, and whole numbers written as decimals ({@code
 * 3302001.0}, {@code 103.00}) where the column holds whole numbers.
 */
public final class CellText {
  private static final Pattern WHOLE_DECIMAL = Pattern.compile("(-?\\d+)\\.0+");

  private CellText() {}

  /** The cell as the school meant it: never null, stripped, without a leading apostrophe. */
  public static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String text = raw.replace('\u00A0', ' ').replace("\uFEFF", "").strip();
    if (text.startsWith("'")) {
      text = text.substring(1).strip();
    }
    return text;
  }

  /** A whole number written as a decimal, as a whole number; anything else unchanged. */
  public static String wholeNumber(String text) {
    var m = WHOLE_DECIMAL.matcher(text);
    return m.matches() ? m.group(1) : text;
  }

  /** Null for a blank cell, so "not given" looks the same in every format. */
  public static String orNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
