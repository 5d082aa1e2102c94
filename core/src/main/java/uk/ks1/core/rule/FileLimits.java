package uk.ks1.core.rule;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The fixed limits a file or zip is held to, declared once: the intake enforces them and the file
 * rules' texts are written from them, so a message can never state another limit than the one
 * applied. (The size limit of one file is a setting, {@code --max-file-mb}.)
 */
public final class FileLimits {
  /** Rows a CSV or a sheet may have (F16). */
  public static final int MAX_ROWS = 100_000;

  /** The template's header row is looked for in this many rows from the top (F12). */
  public static final int HEADER_ROWS = 20;

  /** Files a zip may hold (F15). */
  public static final int ZIP_MAX_ENTRIES = 1000;

  /** A zip may unpack to at most this many times the size limit of one file (F15). */
  public static final int ZIP_SIZE_LIMITS = 4;

  /** A zip or workbook part may unpack to at most this many times its packed size (F15). */
  public static final int MAX_EXPANSION_RATIO = 100;

  private FileLimits() {}

  /** A count as a person writes it: 100,000. */
  public static String count(long n) {
    return NumberFormat.getIntegerInstance(Locale.UK).format(n);
  }
}
