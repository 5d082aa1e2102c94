package uk.ks1.ingest.xlsx;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import uk.ks1.core.rule.FileLimits;

/**
 * POI's defences against hostile workbooks, set on purpose rather than left to defaults: an XLSX is
 * a zip, so a small file can unpack to gigabytes. POI holds these JVM-wide; they are set once,
 * before the first workbook is opened.
 */
final class XlsxLimits {
  /** A part may not unpack to more than 100 times its compressed size (POI's zip-bomb check). */
  static final double MIN_INFLATE_RATIO = 1.0 / FileLimits.MAX_EXPANSION_RATIO;

  /** No part of a workbook may unpack beyond this (a 100,000-row sheet is about 50 MB). */
  static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;

  /** A workbook holds a few dozen parts; thousands means something else. */
  static final long MAX_PARTS = 1000;

  /** Text POI extracts in one piece (its default, 10 M characters; more is risky, it warns). */
  static final long MAX_TEXT_CHARS = 10L * 1024 * 1024;

  private static volatile boolean applied;

  private XlsxLimits() {}

  static void apply() {
    if (!applied) {
      synchronized (XlsxLimits.class) {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
        applied = true;
      }
    }
  }
}
