package uk.ks1.ingest.file;

import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.collection.CollectionWindow;
import uk.ks1.core.identity.LaRegistry;
import uk.ks1.ingest.zip.ZipLimits;

/**
 * What the intake holds a file to: the collections it understands (the definitions the app
 * registers), the LAs whose folders it takes, the size limit of one file, the year for files that
 * state none, a zip's limits and the collection window (F06).
 */
public record IntakeSettings(
    CollectionRegistry collections,
    LaRegistry las,
    long maxBytes,
    int defaultYear,
    ZipLimits zipLimits,
    CollectionWindow window) {

  /** The standard settings for a size limit and default year: a zip's limits follow the size's. */
  public static IntakeSettings of(
      CollectionRegistry collections, LaRegistry las, long maxBytes, int defaultYear) {
    return new IntakeSettings(
        collections,
        las,
        maxBytes,
        defaultYear,
        ZipLimits.forFileLimit(maxBytes),
        CollectionWindow.ANY);
  }

  /** The same, taking files only for the years of {@code window}. */
  public IntakeSettings within(CollectionWindow window) {
    return new IntakeSettings(collections, las, maxBytes, defaultYear, zipLimits, window);
  }
}
